namespace Dyad.Core.Surveys;

/// <summary>One group's share of a split analysis; <see cref="Group"/> is null for responses without a group value.</summary>
public sealed record GroupResult<TResult>(string? Group, TResult Result);

/// <summary>Any analysis split by a group key (account, role, segment, ...): each group analysed on its own.</summary>
public static class SurveyGroups
{
    /// <summary>Groups come in ordinal order of their key, so output does not depend on row order; the null group last.</summary>
    public static IReadOnlyList<GroupResult<TResult>> Analyze<TResponse, TResult>(
        IEnumerable<(string? Group, TResponse Response)> responses, Func<IReadOnlyList<TResponse>, TResult> analyze) =>
        responses
            .GroupBy(r => r.Group)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupResult<TResult>(g.Key, analyze(g.Select(r => r.Response).ToArray())))
            .ToArray();
}

namespace Dyad.Core.Alerts;

/// <summary>The highest and lowest of several groups' scores and the gap between them (0-100 points).</summary>
public sealed record ScoreSpread(string Highest, double HighestScore, string Lowest, double LowestScore)
{
    public double Gap => HighestScore - LowestScore;
}

/// <summary>
/// How far groups of one account (its stakeholders, its units, its journey phases) are apart in how they score the
/// provider (003, C2 and C3). Kept small and separate so every check of diverging experiences shares it.
/// </summary>
public static class ScoreDivergence
{
    /// <returns>Null with fewer than two groups: one voice cannot diverge.</returns>
    public static ScoreSpread? Of(IEnumerable<(string Group, double Score)> groups)
    {
        var ordered = groups.OrderByDescending(g => g.Score).ThenBy(g => g.Group, StringComparer.Ordinal).ToList();
        return ordered.Count < 2 ? null : new ScoreSpread(ordered[0].Group, ordered[0].Score, ordered[^1].Group, ordered[^1].Score);
    }

    /// <summary>Each group's mean score.</summary>
    public static IEnumerable<(string Group, double Score)> Means<T>(IEnumerable<T> items, Func<T, string?> group, Func<T, double> score) =>
        items.Select(i => (Group: group(i), Score: score(i)))
            .Where(i => i.Group is not null)
            .GroupBy(i => i.Group!)
            .Select(g => (g.Key, g.Average(i => i.Score)));
}

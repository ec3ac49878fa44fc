using Dyad.Core.Common;

namespace Dyad.Core.Health;

/// <summary>
/// An account's health as recomputed on one day. Recomputing the same day replaces the day's figures, so the history
/// holds one row per account and day however often the job or a user runs it (a unique index makes sure).
/// </summary>
public sealed class HealthSnapshot : IWorkspaceOwned
{
    private HealthSnapshot() { }

    public HealthSnapshot(Guid workspaceId, Guid accountId, DateOnly day, HealthResult result, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        AccountId = accountId;
        Day = day;
        Record(result, now);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public DateOnly Day { get; private set; }
    public double? Score { get; private set; }
    public Rag? Rag { get; private set; }
    public IReadOnlyList<InputScore> Inputs { get; private set; } = [];
    public DateTimeOffset ComputedAt { get; private set; }

    public void Record(HealthResult result, DateTimeOffset now)
    {
        Score = result.Score;
        Rag = result.Rag;
        Inputs = result.Inputs;
        ComputedAt = now;
    }
}

public sealed record HealthPoint(DateOnly Day, double? Score);

public static class HealthTrend
{
    /// <summary>How far back the trend looks: the change over about a month.</summary>
    public const int Days = 30;

    /// <summary>
    /// The change of the score against the last scored day at least <see cref="Days"/> before <paramref name="today"/>, or,
    /// for a younger history, against its first scored day before today; null with no earlier score to compare.
    /// </summary>
    public static double? Change(double? current, IEnumerable<HealthPoint> history, DateOnly today)
    {
        if (current is not { } now)
        {
            return null;
        }
        var earlier = history.Where(p => p.Score is not null && p.Day < today).OrderBy(p => p.Day).ToList();
        var baseline = earlier.LastOrDefault(p => p.Day <= today.AddDays(-Days)) ?? earlier.FirstOrDefault();
        return baseline is null ? null : Math.Round(now - baseline.Score!.Value, 1);
    }
}

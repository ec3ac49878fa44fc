namespace Dyad.Core.Surveys.Distribution;

/// <summary>The fatigue cap's verdict on one more invitation to a person.</summary>
public sealed record FatigueDecision(bool Allowed, DateTimeOffset? LastInvitedAt)
{
    public static readonly FatigueDecision Allow = new(true, null);
}

/// <summary>
/// Not more than <see cref="MaxInvitations"/> invitations to one person within <see cref="Days"/> days (product brief,
/// Measurement: "a fatigue cap limits how often one person is asked"). Zero days switches the cap off.
/// </summary>
public sealed record FatigueCap(int Days, int MaxInvitations)
{
    public const int MaxDays = 366;

    public static readonly FatigueCap Default = new(30, 1);

    /// <param name="earlierInvitations">When the person was invited before (suppressed invitations left out).</param>
    public FatigueDecision Decide(IEnumerable<DateTimeOffset> earlierInvitations, DateTimeOffset now)
    {
        if (Days == 0)
        {
            return FatigueDecision.Allow;
        }
        var windowStart = now.AddDays(-Days);
        var recent = earlierInvitations.Where(at => at > windowStart && at <= now).ToList();
        return recent.Count < MaxInvitations ? FatigueDecision.Allow : new FatigueDecision(false, recent.Max());
    }
}

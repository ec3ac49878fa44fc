using Dyad.Core.Common;

namespace Dyad.Core.Surveys.Distribution;

/// <summary>What a workspace sets for sending surveys: the fatigue cap and when to remind.</summary>
public sealed record DistributionRules(int FatigueDays, int FatigueMaxInvitations, int ReminderAfterDays, int MaxReminders)
{
    public const int MaxReminderCount = 5;

    /// <summary>One invitation per person in 30 days; two reminders, three days apart.</summary>
    public static readonly DistributionRules Default = new(FatigueCap.Default.Days, FatigueCap.Default.MaxInvitations, 3, 2);

    public FatigueCap FatigueCap => new(FatigueDays, FatigueMaxInvitations);

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (FatigueDays is < 0 or > FatigueCap.MaxDays)
        {
            errors.Add(nameof(FatigueDays), $"The fatigue window is 0 (no cap) to {FatigueCap.MaxDays} days.");
        }
        if (FatigueMaxInvitations < 1)
        {
            errors.Add(nameof(FatigueMaxInvitations), "At least one invitation per window is allowed.");
        }
        if (ReminderAfterDays is < 1 or > 60)
        {
            errors.Add(nameof(ReminderAfterDays), "Reminders go 1 to 60 days after the invitation or the last reminder.");
        }
        if (MaxReminders is < 0 or > MaxReminderCount)
        {
            errors.Add(nameof(MaxReminders), $"Send 0 to {MaxReminderCount} reminders.");
        }
        return errors;
    }

    /// <summary>When a sent, unanswered invitation is due its next reminder, or null when it has had them all.</summary>
    public DateTimeOffset? NextReminderAt(SurveyInvitation invitation) =>
        invitation.SentAt is { } sent && invitation.ReminderCount < MaxReminders
            ? (invitation.LastReminderAt ?? sent).AddDays(ReminderAfterDays)
            : null;
}

/// <summary>A workspace's distribution rules; a workspace without a row uses <see cref="DistributionRules.Default"/>.</summary>
public sealed class DistributionSettings : IWorkspaceOwned
{
    private DistributionSettings() { }

    public DistributionSettings(Guid workspaceId, DistributionRules rules)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        Update(rules);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public int FatigueDays { get; private set; }
    public int FatigueMaxInvitations { get; private set; }
    public int ReminderAfterDays { get; private set; }
    public int MaxReminders { get; private set; }

    public DistributionRules Rules => new(FatigueDays, FatigueMaxInvitations, ReminderAfterDays, MaxReminders);

    public void Update(DistributionRules rules)
    {
        rules.Validate().ThrowIfAny();
        FatigueDays = rules.FatigueDays;
        FatigueMaxInvitations = rules.FatigueMaxInvitations;
        ReminderAfterDays = rules.ReminderAfterDays;
        MaxReminders = rules.MaxReminders;
    }
}

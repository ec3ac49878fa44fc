using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Surveys.Distribution;

/// <summary>What makes a trigger invite people (product brief, Measurement: triggered or periodic surveys).</summary>
public enum TriggerKind
{
    /// <summary>A touchpoint occurred: one touchpoint, or any touchpoint of a name and/or channel across journeys.</summary>
    TouchpointOccurred,

    /// <summary>A journey of a template entered a phase (forward or back).</summary>
    PhaseEntered,

    /// <summary>A relationship survey every so many days or months, for the accounts of a segment or all accounts.</summary>
    Periodic,
}

public enum PeriodUnit
{
    Days,
    Months,
}

/// <summary>Which stakeholders of the account concerned a trigger invites.</summary>
public enum TriggerAudience
{
    All,
    DecisionMakingUnit,
    Users,

    /// <summary>The stakeholders recorded as involved in the touchpoint occurrence.</summary>
    Involved,
}

public static class TriggerAudiences
{
    public static bool Includes(this TriggerAudience audience, Stakeholder stakeholder, IReadOnlyCollection<Guid> involved) => audience switch
    {
        TriggerAudience.All => true,
        TriggerAudience.DecisionMakingUnit => stakeholder.IsDecisionMakingUnitMember,
        TriggerAudience.Users => stakeholder.BuyingCentreRole == BuyingCentreRole.User,
        TriggerAudience.Involved => involved.Contains(stakeholder.Id),
        _ => false,
    };
}

/// <summary>What a workspace sets on a trigger; which fields count depends on <see cref="Kind"/>.</summary>
public sealed record TriggerDetails(
    string Name,
    TriggerKind Kind,
    TriggerAudience Audience = TriggerAudience.All,
    int DelayDays = 0,
    bool IsActive = true,
    Guid? TouchpointId = null,
    string? TouchpointName = null,
    Channel? Channel = null,
    Guid? TemplateId = null,
    int? Phase = null,
    int? Every = null,
    PeriodUnit? Unit = null,
    string? Segment = null)
{
    public const int NameMaxLength = 200;
    public const int MaxDelayDays = 90;
}

/// <summary>One round of a periodic trigger: its number from the first and when it began.</summary>
public sealed record PeriodRound(int Number, DateTimeOffset StartsAt);

/// <summary>
/// A rule that invites people to a survey when something happens in a journey or when a period comes round. The
/// scheduler asks it whether a happening is due and which key names the invitation it causes, so firing twice finds
/// the first invitation instead of sending a second.
/// </summary>
public sealed class SurveyTrigger : IWorkspaceOwned
{
    /// <summary>
    /// A happening whose survey is more than this late is not surveyed any more: the customer would hardly remember it,
    /// and a scheduler back after a long outage does not flood people with stale invitations.
    /// </summary>
    public static readonly TimeSpan MaxLateness = TimeSpan.FromDays(14);

    private SurveyTrigger() { }

    public SurveyTrigger(Survey survey, TriggerDetails details, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        WorkspaceId = survey.WorkspaceId;
        SurveyId = survey.Id;
        CreatedAt = now;
        Update(details, now);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid SurveyId { get; private set; }
    public string Name { get; private set; } = "";
    public TriggerKind Kind { get; private set; }
    public TriggerAudience Audience { get; private set; }
    public int DelayDays { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>Only what happens from here on fires the trigger: switching it on does not survey the past.</summary>
    public DateTimeOffset ActiveSince { get; private set; }

    public Guid? TouchpointId { get; private set; }
    public string? TouchpointName { get; private set; }
    public Channel? Channel { get; private set; }
    public Guid? TemplateId { get; private set; }
    public int? Phase { get; private set; }
    public int? Every { get; private set; }
    public PeriodUnit? Unit { get; private set; }
    public string? Segment { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public void Update(TriggerDetails details, DateTimeOffset now)
    {
        Validate(details).ThrowIfAny();
        if (details.IsActive && !IsActive)
        {
            ActiveSince = now;
        }
        Name = details.Name.Trim();
        Kind = details.Kind;
        Audience = details.Audience;
        DelayDays = details.DelayDays;
        IsActive = details.IsActive;
        var touchpoint = details.Kind == TriggerKind.TouchpointOccurred;
        TouchpointId = touchpoint ? details.TouchpointId : null;
        TouchpointName = touchpoint && details.TouchpointId is null ? Blank.ToNull(details.TouchpointName) : null;
        Channel = touchpoint && details.TouchpointId is null ? details.Channel : null;
        TemplateId = details.Kind == TriggerKind.PhaseEntered ? details.TemplateId : null;
        Phase = details.Kind == TriggerKind.PhaseEntered ? details.Phase : null;
        Every = details.Kind == TriggerKind.Periodic ? details.Every : null;
        Unit = details.Kind == TriggerKind.Periodic ? details.Unit : null;
        Segment = details.Kind == TriggerKind.Periodic ? Blank.ToNull(details.Segment) : null;
    }

    private static FieldErrors Validate(TriggerDetails details)
    {
        var errors = new FieldErrors().Require(nameof(details.Name), details.Name, TriggerDetails.NameMaxLength, "Name");
        errors.Defined(nameof(details.Kind), details.Kind, "Kind").Defined(nameof(details.Audience), details.Audience, "Audience");
        if (details.DelayDays is < 0 or > TriggerDetails.MaxDelayDays)
        {
            errors.Add(nameof(details.DelayDays), $"The delay is 0 to {TriggerDetails.MaxDelayDays} days.");
        }
        if (details.Audience == TriggerAudience.Involved && details.Kind != TriggerKind.TouchpointOccurred)
        {
            errors.Add(nameof(details.Audience), "Only a touchpoint occurrence records who was involved.");
        }
        switch (details.Kind)
        {
            case TriggerKind.TouchpointOccurred when details.TouchpointId is null && Blank.ToNull(details.TouchpointName) is null && details.Channel is null:
                errors.Add(nameof(details.TouchpointId), "Name a touchpoint, or a touchpoint name or channel to match across journeys.");
                break;
            case TriggerKind.TouchpointOccurred:
                errors.MaxLength(nameof(details.TouchpointName), details.TouchpointName, TriggerDetails.NameMaxLength, "Touchpoint name");
                if (details.Channel is { } channel)
                {
                    errors.Defined(nameof(details.Channel), channel, "Channel");
                }
                break;
            case TriggerKind.PhaseEntered:
                if (details.TemplateId is null)
                {
                    errors.Add(nameof(details.TemplateId), "Name the journey template whose phase is entered.");
                }
                if (details.Phase is null or < 1)
                {
                    errors.Add(nameof(details.Phase), "Name the phase by its number, from 1.");
                }
                break;
            case TriggerKind.Periodic:
                if (details.Every is null or < 1 or > 730)
                {
                    errors.Add(nameof(details.Every), "A period is every 1 to 730 days or months.");
                }
                if (details.Unit is not { } unit || !Enum.IsDefined(unit))
                {
                    errors.Add(nameof(details.Unit), "A period is in days or months.");
                }
                errors.MaxLength(nameof(details.Segment), details.Segment, 120, "Segment");
                break;
        }
        return errors;
    }

    public TimeSpan Delay => TimeSpan.FromDays(DelayDays);

    /// <summary>
    /// Whether something that happened at <paramref name="happenedAt"/> is due its survey now: after the trigger was
    /// switched on, past the delay, and not more than <see cref="MaxLateness"/> late.
    /// </summary>
    public bool IsDue(DateTimeOffset happenedAt, DateTimeOffset now)
    {
        var dueAt = happenedAt + Delay;
        return IsActive && happenedAt >= ActiveSince && dueAt <= now && now - dueAt <= MaxLateness;
    }

    /// <summary>The window of happenings that can be due now, for querying them.</summary>
    public (DateTimeOffset From, DateTimeOffset To) DueWindow(DateTimeOffset now)
    {
        var to = now - Delay;
        var from = to - MaxLateness;
        return (from > ActiveSince ? from : ActiveSince, to);
    }

    public bool Matches(Touchpoint touchpoint) =>
        Kind == TriggerKind.TouchpointOccurred
        && (TouchpointId is { } id
            ? touchpoint.Id == id
            : (TouchpointName is null || string.Equals(touchpoint.Name, TouchpointName, StringComparison.OrdinalIgnoreCase))
              && (Channel is null || touchpoint.Channel == Channel));

    public bool Matches(Guid templateId, int enteredPhase) => Kind == TriggerKind.PhaseEntered && TemplateId == templateId && Phase == enteredPhase;

    public bool CoversSegment(string? segment) =>
        Segment is null || string.Equals(Segment, segment, StringComparison.OrdinalIgnoreCase);

    /// <summary>The periodic round under way at <paramref name="now"/> once its delay has passed, or null before the first.</summary>
    public PeriodRound? CurrentRound(DateTimeOffset now)
    {
        if (Kind != TriggerKind.Periodic || !IsActive || Every is not { } every || Unit is not { } unit || now < ActiveSince + Delay)
        {
            return null;
        }
        var round = 0;
        while (RoundStart(round + 1, every, unit) + Delay <= now)
        {
            round++;
        }
        return new PeriodRound(round, RoundStart(round, every, unit));
    }

    private DateTimeOffset RoundStart(int round, int every, PeriodUnit unit) =>
        unit == PeriodUnit.Days ? ActiveSince.AddDays((double)round * every) : ActiveSince.AddMonths(round * every);

    /// <summary>
    /// Names one invitation by its cause: this trigger, what fired it (an occurrence, a phase change, a round) and the
    /// person. The key is unique per workspace, so the same cause never invites the same person twice.
    /// </summary>
    public string DedupKey(string cause, Guid stakeholderId) => $"trigger:{Id:N}:{cause}:{stakeholderId:N}";

    public static string OccurrenceCause(Guid occurrenceId) => $"occurrence:{occurrenceId:N}";

    public static string PhaseChangeCause(Guid phaseChangeId) => $"phase:{phaseChangeId:N}";

    public static string RoundCause(PeriodRound round) => $"round:{round.Number}";
}

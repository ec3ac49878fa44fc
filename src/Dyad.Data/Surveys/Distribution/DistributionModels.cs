using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Touchpoints;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>
/// Whom to invite: stakeholders by id, every stakeholder with an e-mail of the given accounts (narrowed by
/// <paramref name="Audience"/>: all, the decision-making unit or users), and bare e-mail addresses.
/// </summary>
public sealed record InviteRequest(
    IReadOnlyList<Guid>? StakeholderIds = null,
    IReadOnlyList<Guid>? AccountIds = null,
    TriggerAudience Audience = TriggerAudience.All,
    IReadOnlyList<string>? Emails = null,
    string? Language = null,
    DateTimeOffset? ExpiresAt = null);

/// <summary>
/// An invitation with its personal link and how far it got. <see cref="Link"/> is null when the token came from elsewhere
/// (a participant list, or an invitation from before tokens were derived): only its hash is kept, so only the person has it.
/// </summary>
public sealed record InvitationView(
    Guid Id, Guid SurveyId, Guid? AccountId, string? AccountName, Guid? StakeholderId, string? StakeholderName, string? Email,
    BuyingCentreRole? BuyingCentreRole, string Language, InvitationStatus Status, string? Link, DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt, DateTimeOffset? BouncedAt, string? BounceReason, DateTimeOffset? OpenedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? AnsweredAt, int ReminderCount, DateTimeOffset? LastReminderAt, DateTimeOffset? SuppressedAt, string? SuppressedReason,
    Guid? TriggerId, SurveyContext Context, DateTimeOffset? ExpiresAt)
{
    internal static InvitationView Of(SurveyInvitation i, string? link, string? accountName, string? stakeholderName) => new(
        i.Id, i.SurveyId, i.AccountId, accountName, i.StakeholderId, stakeholderName, i.Email, i.BuyingCentreRole, i.Language, i.Status,
        link, i.CreatedAt, i.SentAt, i.BouncedAt, i.BounceReason, i.OpenedAt, i.StartedAt, i.AnsweredAt, i.ReminderCount, i.LastReminderAt,
        i.SuppressedAt, i.SuppressedReason, i.TriggerId, i.Context, i.ExpiresAt);
}

public sealed record TriggerView(
    Guid Id, Guid SurveyId, string Name, TriggerKind Kind, TriggerAudience Audience, int DelayDays, bool IsActive, DateTimeOffset ActiveSince,
    Guid? TouchpointId, string? TouchpointName, Channel? Channel, Guid? TemplateId, int? Phase, int? Every, PeriodUnit? Unit, string? Segment,
    DateTimeOffset CreatedAt)
{
    internal static TriggerView Of(SurveyTrigger t) => new(t.Id, t.SurveyId, t.Name, t.Kind, t.Audience, t.DelayDays, t.IsActive,
        t.ActiveSince, t.TouchpointId, t.TouchpointName, t.Channel, t.TemplateId, t.Phase, t.Every, t.Unit, t.Segment, t.CreatedAt);
}

public enum ResponseRateSplit
{
    Account,
    Role,
}

/// <summary>A survey's response rate overall and split by account or role.</summary>
public sealed record ResponseRateReport(Guid SurveyId, ResponseRate Overall, ResponseRateSplit By, IReadOnlyList<ResponseRate> Groups);

using Dyad.Core.Portal;

namespace Dyad.Data.Portal;

public sealed record PortalPhaseView(int Number, string Name, bool IsCurrent, bool IsPast, IReadOnlyList<MilestoneView> Milestones);

public sealed record MilestoneView(Guid Id, Guid JourneyId, int Phase, string Title, DateOnly? DueOn, DateOnly? CompletedOn, Guid OwnerId,
    string OwnerName, Guid? PulseSurveyId, DateTimeOffset? PulseSentAt)
{
    public static MilestoneView Of(Milestone m) =>
        new(m.Id, m.JourneyId, m.Phase, m.Title, m.DueOn, m.CompletedOn, m.OwnerId, m.OwnerName, m.PulseSurveyId, m.PulseSentAt);
}

public sealed record PortalJourneyView(Guid Id, string Name, string TemplateName, int CurrentPhase, string CurrentPhaseName,
    DateTimeOffset? InPhaseSince, IReadOnlyList<PortalPhaseView> Phases);

public sealed record DocumentVersionView(Guid Id, int Number, string FileName, string ContentType, long Size, string? Note, string UploadedBy,
    DateTimeOffset UploadedAt);

public sealed record DocumentView(Guid Id, string Title, DocumentKind Kind, Guid? JourneyId, Guid OwnerId, string OwnerName, bool Following,
    IReadOnlyList<DocumentVersionView> Versions)
{
    public DocumentVersionView? Latest => Versions.Count == 0 ? null : Versions[0];
}

public sealed record SharedTaskView(Guid Id, string Title, TaskSide Side, string? Assignee, DateOnly? DueOn, DateTimeOffset? DoneAt, string? DoneBy,
    string CreatedBy, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    public bool Done => DoneAt is not null;

    public static SharedTaskView Of(SharedTask t) =>
        new(t.Id, t.Title, t.Side, t.Assignee, t.DueOn, t.DoneAt, t.DoneBy, t.CreatedBy, t.UpdatedBy, t.UpdatedAt);
}

public sealed record QuestionView(Guid Id, string Text, string AskedBy, DateTimeOffset AskedAt, string ExpertName, Guid ExpertId, string RoutedBecause,
    string? Subject, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt)
{
    public TimeSpan? ResponseTime => AnsweredAt - AskedAt;
}

public sealed record TopicView(Guid Id, string Name, Guid ExpertId, string ExpertName);

/// <summary>Everything a customer user sees in the portal; the provider's preview shows the very same.</summary>
public sealed record PortalHome(string AccountName, string? ViewerName, IReadOnlyList<PortalJourneyView> Journeys, IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<SharedTaskView> Tasks, IReadOnlyList<QuestionView> Questions, IReadOnlyList<TopicView> Topics);

public sealed record CustomerUserView(Guid Id, Guid StakeholderId, string Name, string Email, bool HasPassword, DateTimeOffset InvitedAt,
    string InvitedBy, DateTimeOffset? LastSignInAt, DateTimeOffset? RevokedAt);

/// <summary>An invitation made: the person, and the link, shown once, to hand over when no e-mail can go out.</summary>
public sealed record CustomerInvitation(CustomerUserView User, string Link);

public sealed record VisitView(Guid CustomerUserId, string Name, DateTimeOffset StartedAt, DateTimeOffset LastSeenAt, int Pages, string LastPage);

public sealed record MilestoneRequest(Guid JourneyId, int Phase, string Title, DateOnly? DueOn, Guid OwnerId, DateOnly? CompletedOn = null,
    Guid? PulseSurveyId = null);

public sealed record SharedTaskRequest(string Title, TaskSide Side, string? Assignee, DateOnly? DueOn, bool Done = false)
{
    public SharedTaskDetails ToDetails() => new(Title, Side, Assignee, DueOn);
}

public sealed record AskRequest(string Text, Guid? TopicId = null, Guid? DocumentId = null, Guid? MilestoneId = null);

/// <summary>A new version's file as it arrives, before it is stored.</summary>
public sealed record UploadedFile(string FileName, Stream Content, long Length);

using Dyad.Core.Events;
using Dyad.Core.Practices;

namespace Dyad.Data.Events;

public sealed record EventFilter(
    Guid? AccountId = null,
    Guid? JourneyId = null,
    int? Phase = null,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyCollection<Guid>? AccountIds = null);

public sealed record EventSummary(
    Guid Id,
    string CaseId,
    Guid AccountId,
    string AccountName,
    Guid JourneyId,
    string JourneyName,
    int Phase,
    string PhaseName,
    DateOnly OccurredOn,
    string Title,
    ExperienceState StateBefore,
    ExperienceState StateAfter,
    bool BeyondRepair,
    int PracticeCount,
    bool HasDestructingPractice);

public sealed record EventPracticeView(
    Guid Id,
    Guid PracticeId,
    string PracticeName,
    PracticePolarity Polarity,
    ModeOfOrganization? Organization,
    ModeOfEngagement? Engagement,
    PracticeEffect? Effect,
    CircumplexQuadrant? Quadrant);

public sealed record CodeView(Guid Id, string Label, Guid? PracticeId);

public sealed record EvidenceView(
    Guid Id,
    EvidenceKind Kind,
    string Text,
    string? Source,
    string? Page,
    DateTimeOffset AddedAt,
    string? FileName,
    string? ContentType,
    long? FileSize,
    IReadOnlyList<CodeView> Codes);

public sealed record ParticipantView(Guid StakeholderId, string Name, string? JobTitle);

public sealed record EventView(
    Guid Id,
    string CaseId,
    Guid AccountId,
    string AccountName,
    Guid JourneyId,
    string JourneyName,
    int Phase,
    string PhaseName,
    DateOnly OccurredOn,
    DateTimeOffset LoggedAt,
    Guid? TouchpointId,
    string? TouchpointName,
    string Title,
    string WhatHappened,
    string? ProviderAction,
    string? CustomerReaction,
    string? Outcome,
    ExperienceState StateBefore,
    ExperienceState StateAfter,
    bool BeyondRepair,
    bool Improved,
    bool Worsened,
    string? ProviderStaff,
    IReadOnlyList<ParticipantView> Participants,
    IReadOnlyList<EventPracticeView> Practices,
    IReadOnlyList<EvidenceView> Evidence)
{
    public CriticalEventDetails ToDetails() =>
        new(JourneyId, Phase, OccurredOn, Title, WhatHappened, StateBefore, StateAfter, ProviderAction, CustomerReaction, Outcome,
            BeyondRepair, TouchpointId, ProviderStaff, Participants.Select(p => p.StakeholderId).ToList());
}

/// <summary>A practice used in an event; both modes or neither (destructing practices have none).</summary>
public sealed record PracticeUse(Guid PracticeId, ModeOfOrganization? Organization = null, ModeOfEngagement? Engagement = null);

/// <summary>A first-order code to put on evidence, by label; a new label creates the code.</summary>
public sealed record CodeRequest(string Label);

/// <summary>One point of an account's experience over time: the state an event left, with its case.</summary>
public sealed record ExperiencePoint(Guid EventId, string CaseId, DateOnly OccurredOn, string Title, string JourneyName,
    ExperienceState Before, ExperienceState After, bool BeyondRepair);

using Dyad.Core.Experiences;
using Dyad.Core.JourneyDesign;
using Dyad.Data.Journeys;

namespace Dyad.Data.JourneyDesign;

/// <summary>A red-carded open answer placed on the map: the customer's words, where it came from and when.</summary>
public sealed record PainPointView(Guid FeedbackId, string Text, IReadOnlyList<string> Keywords, string? AccountName, DateTimeOffset SubmittedAt);

/// <summary>A target experience aimed at a place of the map (linked to the touchpoint, the phase or the whole template).</summary>
public sealed record AimedExperience(Guid Id, string Name, ExperienceCategory Category);

/// <summary>
/// What the map shows for one place, a designed touchpoint or the rest of a phase: the target experiences aimed at it,
/// the practices that improved the experience there and the pain points customers named, newest first (at most
/// <see cref="JourneyDesignService.PainPointsShown"/> of <see cref="PainPointCount"/>).
/// </summary>
public sealed record PlaceEvidence(IReadOnlyList<PracticeThatWorked> PracticesThatWorked, int PainPointCount, IReadOnlyList<PainPointView> PainPoints,
    IReadOnlyList<AimedExperience> Aims)
{
    public static readonly PlaceEvidence None = new([], 0, [], []);

    public bool IsEmpty => PracticesThatWorked.Count == 0 && PainPointCount == 0 && Aims.Count == 0;
}

/// <summary>One touchpoint of the current map with what is known about it; further per-touchpoint rows join on its key.</summary>
public sealed record DesignTouchpointView(MapTouchpoint Touchpoint, PlaceEvidence Evidence);

/// <summary>A phase column: its touchpoints and the evidence of the phase that no designed touchpoint accounts for.</summary>
public sealed record DesignPhaseView(MapPhase Phase, IReadOnlyList<DesignTouchpointView> Touchpoints, PlaceEvidence Elsewhere);

/// <summary>
/// A template's journey design: the current map with its evidence, the target state while one is drafted, the change
/// list between them, and <see cref="Version"/>, which adopting names so the change list applied is the one read.
/// </summary>
public sealed record JourneyDesignView(
    TemplateView Template,
    int Version,
    IReadOnlyList<DesignPhaseView> Current,
    JourneyMap? Target,
    IReadOnlyList<MapChangeView> Changes,
    string? TargetEditedBy,
    DateTimeOffset? TargetEditedAt,
    string? AdoptedBy,
    DateTimeOffset? AdoptedAt,
    IReadOnlyList<AimedExperience> Aims);

public sealed record MapChangeView(MapChangeKind Kind, string Subject, string? From, string? To, int? Phase, Guid? TouchpointKey, string Description)
{
    public static MapChangeView Of(MapChange c) => new(c.Kind, c.Subject, c.From, c.To, c.Phase, c.TouchpointKey, c.Description);
}

/// <summary>The target state as a client sends it back, and the version of the design it edited.</summary>
public sealed record TargetStateEdit(IReadOnlyList<MapPhase>? Phases, IReadOnlyList<MapTouchpoint>? Touchpoints, int Version)
{
    public JourneyMap ToMap() => new(Phases ?? [], Touchpoints ?? []);
}

public sealed record AdoptTargetState(int Version);

/// <summary>What adopting did: the changes applied and the design afterwards.</summary>
public sealed record AdoptedTargetState(IReadOnlyList<MapChangeView> Applied, JourneyDesignView Design);

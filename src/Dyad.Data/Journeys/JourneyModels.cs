using Dyad.Core.Journeys;
using Dyad.Core.Touchpoints;

namespace Dyad.Data.Journeys;

public sealed record PhaseView(int Number, string Name, string? LeadRole)
{
    public static PhaseView From(JourneyPhase phase) => new(phase.Number, phase.Name, phase.LeadRole);
}

public sealed record TemplateView(Guid Id, string Name, string? Description, bool IsBuiltIn, IReadOnlyList<PhaseView> Phases, int JourneyCount);

public sealed record TemplateDraft(string Name, string? Description, IReadOnlyList<PhaseDefinition> Phases);

public sealed record PhaseChangeView(
    int? FromPhase,
    string? FromPhaseName,
    int ToPhase,
    string ToPhaseName,
    bool IsStepBack,
    string ChangedBy,
    DateTimeOffset ChangedAt,
    string? Note);

public sealed record TouchpointView(
    Guid Id,
    Guid JourneyId,
    string Name,
    int Phase,
    Channel Channel,
    EncounterType EncounterType,
    TouchpointController Controller,
    Visibility Visibility,
    string? Owner,
    string? PartnerBrand,
    decimal? SuccessRate)
{
    public static TouchpointView From(Touchpoint t) =>
        new(t.Id, t.JourneyId, t.Name, t.Phase, t.Channel, t.EncounterType, t.Controller, t.Visibility, t.Owner, t.PartnerBrand, t.SuccessRate);

    public TouchpointDetails ToDetails() =>
        new(Name, Phase, Channel, EncounterType, Controller, Visibility, Owner, PartnerBrand, SuccessRate);
}

public sealed record JourneyView(
    Guid Id,
    Guid AccountId,
    string AccountName,
    string Name,
    Guid TemplateId,
    string TemplateName,
    DateTimeOffset StartedAt,
    int CurrentPhase,
    IReadOnlyList<PhaseView> Phases,
    IReadOnlyList<PhaseChangeView> History,
    IReadOnlyList<TouchpointView> Touchpoints,
    decimal? Success)
{
    public PhaseView CurrentPhaseView => Phases.Single(p => p.Number == CurrentPhase);
}

public sealed record NewJourney(Guid TemplateId, string Name);

public sealed record PhaseMove(int Phase, string? Note = null);

using Dyad.Core.Initiatives;
using Microsoft.Extensions.Configuration;

namespace Dyad.Data.Initiatives;

/// <summary>How many areas a quarter's prioritisation may hold; 002's firms chose three.</summary>
public sealed record InitiativeSettings(int PrioritisedPerQuarter)
{
    public const int DefaultPrioritisedPerQuarter = 3;

    public static InitiativeSettings From(IConfiguration configuration) =>
        new(configuration.GetValue("Dyad:Initiatives:PrioritisedPerQuarter", DefaultPrioritisedPerQuarter) is var limit and > 0
            ? limit
            : throw new InvalidOperationException("Dyad:Initiatives:PrioritisedPerQuarter must be a positive number of areas."));
}

public sealed record InitiativeScopeView(
    Guid? TemplateId, string? TemplateName, IReadOnlyList<int> Phases, IReadOnlyList<Guid> TouchpointKeys, IReadOnlyList<string> TouchpointNames,
    IReadOnlyList<Guid> AccountIds, IReadOnlyList<string> AccountNames);

public sealed record StageView(InitiativeStage Stage, string Label, string? Owner, DateOnly? Due, DateTimeOffset? CompletedAt, string? CompletedBy, string? Note);

/// <summary>
/// An initiative with its stages and, when it has a measurement plan, the before/after result computed on read from the
/// responses in its scope.
/// </summary>
public sealed record InitiativeView(
    Guid Id,
    InitiativeKind Kind,
    string Title,
    string? Description,
    InitiativeScopeView Scope,
    IReadOnlyList<StageView> Stages,
    InitiativeStage? CurrentStage,
    string? PrioritisedIn,
    IReadOnlyList<Guid> TargetExperienceIds,
    MeasurementPlan? Measurement,
    BeforeAfterResult? Result,
    string CreatedBy,
    DateTimeOffset CreatedAt)
{
    /// <summary>The initiative as a change request, so one part of it can be changed and the rest sent back as it was.</summary>
    public InitiativeDetails ToDetails() =>
        new(Kind, Title, Description, new InitiativeScope(Scope.TemplateId, Scope.Phases, Scope.TouchpointKeys, Scope.AccountIds), TargetExperienceIds,
            Measurement);
}

public sealed record InitiativeSummary(
    Guid Id, InitiativeKind Kind, string Title, string? TemplateName, string? PrioritisedIn, InitiativeStage? CurrentStage, int StagesCompleted, int StageCount);

/// <summary>The workspace's initiatives, newest first, and the number of areas a quarter may prioritise.</summary>
public sealed record InitiativeList(IReadOnlyList<InitiativeSummary> Items, int PrioritisedPerQuarter);

public sealed record StageUpdate(string? Owner = null, DateOnly? Due = null, string? Note = null, bool Completed = false);

/// <summary>The quarter to prioritise the initiative in, "2026-Q4", or none to take it out of its quarter.</summary>
public sealed record Prioritisation(string? Quarter);

namespace Dyad.Core.Initiatives;

/// <summary>The two improvement cycles of 002 (Closing the loop in the product brief).</summary>
public enum InitiativeKind
{
    /// <summary>Starts from pain points: root cause, options, prioritisation, implementation, re-measure.</summary>
    Responsive,

    /// <summary>Starts from the experience aimed at: define nuanced target experiences, align touchpoints, measure.</summary>
    Proactive,
}

public enum InitiativeStage
{
    PainPoints,
    RootCause,
    Options,
    Prioritisation,
    Implementation,
    Remeasure,
    DefineTargetExperiences,
    AlignTouchpoints,
    Measure,
}

/// <summary>
/// Where an initiative stands in one stage of its cycle: who owns it, by when, and when it was completed.
/// </summary>
public sealed record StageProgress(InitiativeStage Stage, string? Owner = null, DateOnly? Due = null, DateTimeOffset? CompletedAt = null,
    string? CompletedBy = null, string? Note = null)
{
    public bool Completed => CompletedAt is not null;
}

public static class InitiativeStages
{
    /// <summary>The stages of each cycle in the order 002 walks them.</summary>
    public static IReadOnlyList<InitiativeStage> Of(InitiativeKind kind) => kind switch
    {
        InitiativeKind.Responsive =>
        [
            InitiativeStage.PainPoints, InitiativeStage.RootCause, InitiativeStage.Options,
            InitiativeStage.Prioritisation, InitiativeStage.Implementation, InitiativeStage.Remeasure,
        ],
        InitiativeKind.Proactive => [InitiativeStage.DefineTargetExperiences, InitiativeStage.AlignTouchpoints, InitiativeStage.Measure],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an initiative kind."),
    };

    public static string Label(this InitiativeStage stage) => stage switch
    {
        InitiativeStage.PainPoints => "Pain points",
        InitiativeStage.RootCause => "Root cause",
        InitiativeStage.Options => "Options",
        InitiativeStage.Prioritisation => "Quarterly prioritisation",
        InitiativeStage.Implementation => "Implementation",
        InitiativeStage.Remeasure => "Re-measure before vs after",
        InitiativeStage.DefineTargetExperiences => "Define nuanced target experiences",
        InitiativeStage.AlignTouchpoints => "Align touchpoints",
        InitiativeStage.Measure => "Measure with TX-specific metrics",
        _ => stage.ToString(),
    };
}

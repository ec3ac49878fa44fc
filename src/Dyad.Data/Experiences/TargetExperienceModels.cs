using Dyad.Core.Experiences;

namespace Dyad.Data.Experiences;

/// <summary>A target experience as listed: its latest version and, when measured, its realized attainment.</summary>
public sealed record TargetExperienceSummary(
    Guid Id, string Name, Granularity Granularity, ExperienceCategory Category, string? CategoryName, int Version,
    DateTimeOffset? ArchivedAt, int Links, int Measures, double? Realized, int Intended);

/// <summary>A target experience with its current definition and its links.</summary>
public sealed record TargetExperienceView(
    Guid Id, TargetExperienceDefinition Definition, int Version, DateTimeOffset? ArchivedAt, IReadOnlyList<LinkView> Links);

/// <summary>One kept version: the definition after the change, who made it and when.</summary>
public sealed record VersionView(int Number, VersionChange Change, string ChangedBy, DateTimeOffset ChangedAt, TargetExperienceDefinition Definition);

/// <summary>What changed from one version to another.</summary>
public sealed record VersionDiff(int From, int To, IReadOnlyList<FieldChange> Changes);

/// <summary>
/// A new link. Set the fields the kind needs: <c>journeyTemplateId</c> (template), <c>journeyTemplateId</c> and <c>phase</c>
/// (phase), <c>touchpointId</c> (touchpoint), <c>surveyId</c> and <c>questionKey</c> (survey question, emotion pick-list with
/// <c>evokeOptions</c> and <c>avoidOptions</c>), <c>keyword</c> (codebook keyword).
/// </summary>
public sealed record NewLink(
    LinkKind Kind,
    Guid? JourneyTemplateId = null,
    int? Phase = null,
    Guid? TouchpointId = null,
    Guid? SurveyId = null,
    string? QuestionKey = null,
    bool LowerIsBetter = false,
    IReadOnlyList<string>? EvokeOptions = null,
    IReadOnlyList<string>? AvoidOptions = null,
    string? Keyword = null);

/// <summary>A link with a label a reader understands ("Relationship NPS: How likely ...", "Kick-off meeting").</summary>
public sealed record LinkView(
    Guid Id, LinkKind Kind, string Label, bool IsMeasure, Guid? JourneyTemplateId, int? Phase, Guid? TouchpointId, Guid? SurveyId,
    string? QuestionKey, bool LowerIsBetter, IReadOnlyList<string> EvokeOptions, IReadOnlyList<string> AvoidOptions, string? Keyword);

/// <summary>A target experience's attainment in a slice, with the trend of the same slice over all periods.</summary>
public sealed record AttainmentView(Guid Id, string Name, AttainmentSlice Slice, AttainmentResult Result, Valence Valence,
    IReadOnlyList<AttainmentTrendPoint> Trend);

/// <summary>A journey template with its phases, as a link target.</summary>
public sealed record TemplateTarget(Guid Id, string Name, IReadOnlyList<(int Number, string Name)> Phases);

/// <summary>A touchpoint as a link target, named with its account and journey.</summary>
public sealed record TouchpointTarget(Guid Id, string Label);

/// <summary>A survey question as a link target; <c>Options</c> are a choice question's option keys and texts.</summary>
public sealed record QuestionTarget(Guid SurveyId, string SurveyName, string Key, string Text, Core.Surveys.QuestionType Type,
    IReadOnlyList<(string Key, string Text)> Options);

/// <summary>Everything of the workspace a target experience can be linked to, for the editor's pickers.</summary>
public sealed record LinkTargets(IReadOnlyList<TemplateTarget> Templates, IReadOnlyList<TouchpointTarget> Touchpoints,
    IReadOnlyList<QuestionTarget> Questions, IReadOnlyList<string> Keywords);

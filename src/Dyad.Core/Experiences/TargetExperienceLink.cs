using Dyad.Core.Common;
using Dyad.Core.Journeys;
using Dyad.Core.Surveys;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Experiences;

/// <summary>What a target experience is attached to: where it is aimed at (a template, a phase, a touchpoint) or what measures it.</summary>
public enum LinkKind
{
    JourneyTemplate,
    Phase,
    Touchpoint,

    /// <summary>A rating, NPS or matrix question of a survey (CSAT, CES, SERVQUAL and the TX items are ratings).</summary>
    SurveyQuestion,

    /// <summary>A choice question whose options are emotions, some to evoke and some to avoid.</summary>
    EmotionPickList,

    /// <summary>A codebook keyword: open answers coded with it, read by their sentiment.</summary>
    Keyword,
}

/// <summary>
/// Attaches a target experience to a place in the journey or to a measure of it. Which fields are set follows from
/// <see cref="Kind"/>; the factory methods check the target so a link always points at something that can carry it.
/// </summary>
public sealed class TargetExperienceLink : IWorkspaceOwned
{
    private TargetExperienceLink() { }

    private TargetExperienceLink(TargetExperience experience, LinkKind kind)
    {
        Id = Guid.NewGuid();
        WorkspaceId = experience.WorkspaceId;
        TargetExperienceId = experience.Id;
        Kind = kind;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid TargetExperienceId { get; private set; }
    public LinkKind Kind { get; private set; }
    public Guid? JourneyTemplateId { get; private set; }
    public int? Phase { get; private set; }
    public Guid? TouchpointId { get; private set; }
    public Guid? SurveyId { get; private set; }
    public string? QuestionKey { get; private set; }

    /// <summary>For a rating whose low end is the good one (an effort question asked as "how much effort did it take").</summary>
    public bool LowerIsBetter { get; private set; }

    public IReadOnlyList<string> EvokeOptions { get; private set; } = [];
    public IReadOnlyList<string> AvoidOptions { get; private set; } = [];
    public string? Keyword { get; private set; }

    public bool IsMeasure => Kind is LinkKind.SurveyQuestion or LinkKind.EmotionPickList or LinkKind.Keyword;

    public static TargetExperienceLink ToTemplate(TargetExperience experience, JourneyTemplate template) =>
        new(experience, LinkKind.JourneyTemplate) { JourneyTemplateId = template.Id };

    public static TargetExperienceLink ToPhase(TargetExperience experience, JourneyTemplate template, int phase)
    {
        if (!template.HasPhase(phase))
        {
            new FieldErrors().Add("phase", $"Phase must be between 1 and {template.Phases.Count} for the template '{template.Name}'.").ThrowIfAny();
        }
        return new(experience, LinkKind.Phase) { JourneyTemplateId = template.Id, Phase = phase };
    }

    public static TargetExperienceLink ToTouchpoint(TargetExperience experience, Touchpoint touchpoint) =>
        new(experience, LinkKind.Touchpoint) { TouchpointId = touchpoint.Id };

    public static TargetExperienceLink ToQuestion(TargetExperience experience, Survey survey, string questionKey, bool lowerIsBetter = false)
    {
        var question = QuestionOf(survey, questionKey);
        if (question.Type is not (QuestionType.Rating or QuestionType.Nps or QuestionType.Matrix))
        {
            new FieldErrors().Add("questionKey", $"Question '{question.Key}' is not a rating, NPS or matrix question; link a choice of emotions as an emotion pick-list.")
                .ThrowIfAny();
        }
        return new(experience, LinkKind.SurveyQuestion) { SurveyId = survey.Id, QuestionKey = question.Key, LowerIsBetter = lowerIsBetter };
    }

    public static TargetExperienceLink ToEmotions(TargetExperience experience, Survey survey, string questionKey,
        IReadOnlyList<string>? evoke, IReadOnlyList<string>? avoid)
    {
        var question = QuestionOf(survey, questionKey);
        var errors = new FieldErrors();
        if (question.Type is not (QuestionType.SingleChoice or QuestionType.MultipleChoice))
        {
            errors.Add("questionKey", $"Question '{question.Key}' is not a single or multiple choice question.").ThrowIfAny();
        }
        var options = (question.Options ?? []).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var evoked = (evoke ?? []).Distinct().ToArray();
        var avoided = (avoid ?? []).Distinct().ToArray();
        foreach (var (field, keys) in new[] { ("evokeOptions", evoked), ("avoidOptions", avoided) })
        {
            foreach (var unknown in keys.Where(k => !options.Contains(k)))
            {
                errors.Add(field, $"Question '{question.Key}' has no option '{unknown}'.");
            }
        }
        if (evoked.Intersect(avoided).FirstOrDefault() is { } both)
        {
            errors.Add("avoidOptions", $"Option '{both}' cannot be both evoked and avoided.");
        }
        if (evoked.Length == 0 && avoided.Length == 0)
        {
            errors.Add("evokeOptions", "Mark at least one option as an emotion to evoke or to avoid.");
        }
        errors.ThrowIfAny();
        return new(experience, LinkKind.EmotionPickList)
        {
            SurveyId = survey.Id, QuestionKey = question.Key, EvokeOptions = evoked, AvoidOptions = avoided,
        };
    }

    /// <param name="known">The keywords of the workspace's codebooks; a link to a keyword nothing codes would never measure anything.</param>
    public static TargetExperienceLink ToKeyword(TargetExperience experience, string? keyword, IEnumerable<string> known)
    {
        var name = Blank.ToNull(keyword);
        var match = name is null ? null : known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            new FieldErrors().Add("keyword", name is null ? "Keyword is required." : $"No codebook of the workspace has the keyword '{name}'.").ThrowIfAny();
        }
        return new(experience, LinkKind.Keyword) { Keyword = match };
    }

    private static Question QuestionOf(Survey survey, string? questionKey)
    {
        var question = survey.Questions.FirstOrDefault(q => q.Key == questionKey);
        if (question is null)
        {
            new FieldErrors().Add("questionKey", $"Survey '{survey.Name}' has no question '{questionKey}'.").ThrowIfAny();
        }
        return question!;
    }
}

using Dyad.Core.Experiences;
using Dyad.Core.Journeys;
using Dyad.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Experiences;

/// <summary>Names what links point at, read when shown so a renamed touchpoint or survey shows its current name.</summary>
internal static class LinkLabels
{
    public static async Task<IReadOnlyDictionary<Guid, string>> ForAsync(DyadDbContext db, IReadOnlyCollection<TargetExperienceLink> links,
        CancellationToken cancellationToken)
    {
        var templateIds = links.Select(l => l.JourneyTemplateId).OfType<Guid>().Distinct().ToArray();
        var templates = await db.JourneyTemplates.Include(t => t.Phases).AsNoTracking().Where(t => templateIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var touchpointIds = links.Select(l => l.TouchpointId).OfType<Guid>().Distinct().ToArray();
        var touchpoints = await (
                from touchpoint in db.Touchpoints
                join journey in db.Journeys on touchpoint.JourneyId equals journey.Id
                join account in db.Accounts on journey.AccountId equals account.Id
                where touchpointIds.Contains(touchpoint.Id)
                select new { touchpoint.Id, touchpoint.Name, Account = account.Name })
            .ToDictionaryAsync(t => t.Id, t => $"{t.Name} ({t.Account})", cancellationToken);
        var surveyIds = links.Select(l => l.SurveyId).OfType<Guid>().Distinct().ToArray();
        var surveys = await db.Surveys.AsNoTracking().Where(s => surveyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return links.ToDictionary(l => l.Id, l => l.Kind switch
        {
            LinkKind.JourneyTemplate => templates.GetValueOrDefault(l.JourneyTemplateId!.Value)?.Name ?? "",
            LinkKind.Phase => templates.GetValueOrDefault(l.JourneyTemplateId!.Value) is { } t ? $"{t.Name}: {PhaseName(t, l.Phase!.Value)}" : "",
            LinkKind.Touchpoint => touchpoints.GetValueOrDefault(l.TouchpointId!.Value) ?? "",
            LinkKind.SurveyQuestion or LinkKind.EmotionPickList => surveys.GetValueOrDefault(l.SurveyId!.Value) is { } s
                ? $"{s.Name}: {QuestionText(s, l.QuestionKey!)}"
                : "",
            _ => $"Keyword '{l.Keyword}'",
        });
    }

    public static LinkView View(TargetExperienceLink link, IReadOnlyDictionary<Guid, string> labels) =>
        new(link.Id, link.Kind, labels.GetValueOrDefault(link.Id) ?? "", link.IsMeasure, link.JourneyTemplateId, link.Phase, link.TouchpointId,
            link.SurveyId, link.QuestionKey, link.LowerIsBetter, link.EvokeOptions, link.AvoidOptions, link.Keyword);

    private static string PhaseName(JourneyTemplate template, int phase) =>
        template.HasPhase(phase) ? template.Phase(phase).Name : $"phase {phase}";

    private static string QuestionText(Survey survey, string key) =>
        survey.Questions.FirstOrDefault(q => q.Key == key) is { } question ? Text(question.Text, survey.Languages) : key;

    /// <summary>Wording in the survey's first language, which every text of the survey has.</summary>
    public static string Text(LocalizedText text, IReadOnlyList<string> languages) =>
        text.GetValueOrDefault(languages.FirstOrDefault() ?? "en") ?? text.Values.FirstOrDefault() ?? "";
}

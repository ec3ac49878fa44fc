using Dyad.Core.Common;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Core.Initiatives;
using Dyad.Core.JourneyDesign;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Dyad.Data.JourneyDesign;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Initiatives;

/// <summary>Improvement initiatives: the responsive and proactive cycles of 002, their stages, quarters and before/after measurement.</summary>
public sealed class InitiativeService(IDbContextFactory<DyadDbContext> contexts, SentimentAnalysers analysers, InitiativeSettings settings, TimeProvider clock)
{
    public async Task<InitiativeList> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking().OrderByDescending(i => i.CreatedAt).ToListAsync(cancellationToken);
        var templateIds = initiatives.Select(i => i.Scope.TemplateId).OfType<Guid>().Distinct().ToList();
        var templates = await db.JourneyTemplates.AsNoTracking().Where(t => templateIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return new InitiativeList(initiatives.Select(i => new InitiativeSummary(i.Id, i.Kind, i.Title,
                i.Scope.TemplateId is { } t ? templates.GetValueOrDefault(t) : null, i.PrioritisedIn, i.CurrentStage,
                i.Stages.Count(s => s.Completed), i.Stages.Count)).ToList(),
            settings.PrioritisedPerQuarter);
    }

    /// <returns>Null when the initiative does not exist in the workspace.</returns>
    public async Task<InitiativeView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var initiative = await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return initiative is null ? null : await ViewAsync(db, initiative, cancellationToken);
    }

    public async Task<InitiativeView> CreateAsync(InitiativeDetails details, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        details.Validate().ThrowIfAny();
        await CheckReferencesAsync(db, details, cancellationToken);
        var initiative = new Initiative(db.Scope.Required, details, actor.Name, clock.GetUtcNow());
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, initiative, cancellationToken);
    }

    public Task<InitiativeView?> UpdateAsync(Guid id, InitiativeDetails details, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, async (db, initiative) =>
        {
            details.Validate().ThrowIfAny();
            await CheckReferencesAsync(db, details, cancellationToken);
            initiative.Update(details);
        }, cancellationToken);

    public Task<InitiativeView?> SetStageAsync(Guid id, InitiativeStage stage, StageUpdate update, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (_, initiative) =>
        {
            initiative.SetStage(stage, update.Owner, update.Due, update.Note, update.Completed, actor.Name, clock.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Places the initiative in a quarter's prioritisation, refused once the quarter holds its limit of areas.</summary>
    public Task<InitiativeView?> PrioritiseAsync(Guid id, Prioritisation prioritisation, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, async (db, initiative) =>
        {
            var quarter = Blank.ToNull(prioritisation.Quarter) is { } text ? Quarter.Parse(text) : (Quarter?)null;
            var label = quarter?.ToString();
            var others = quarter is null
                ? []
                : await db.Initiatives.Where(i => i.PrioritisedIn == label && i.Id != initiative.Id).Select(i => i.Title).ToListAsync(cancellationToken);
            initiative.Prioritise(quarter, others, settings.PrioritisedPerQuarter);
        }, cancellationToken);

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Initiatives.Where(i => i.Id == id).ExecuteAuditedDeleteAsync(db, cancellationToken) > 0;
    }

    private async Task<InitiativeView?> ChangeAsync(Guid id, Func<DyadDbContext, Initiative, Task> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var initiative = await db.Initiatives.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (initiative is null)
        {
            return null;
        }
        await change(db, initiative);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, initiative, cancellationToken);
    }

    /// <summary>Everything the details point at exists in the workspace, and the survey measures what the metric reads.</summary>
    private static async Task CheckReferencesAsync(DyadDbContext db, InitiativeDetails details, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var scope = details.Scope ?? InitiativeScope.Everything;
        if (scope.TemplateId is { } templateId)
        {
            if (await TemplatePlaces.LoadAsync(db, templateId, cancellationToken) is not { } places)
            {
                errors.Add("Scope.TemplateId", "The journey template does not exist.");
            }
            else
            {
                var missingPhases = scope.PhaseList.Where(p => !places.Template.HasPhase(p)).ToList();
                if (missingPhases.Count > 0)
                {
                    errors.Add("Scope.Phases", $"'{places.Template.Name}' has phases 1 to {places.Template.Phases.Count}, not {string.Join(", ", missingPhases)}.");
                }
                var keys = new[] { places.Design.Current(places.Template), places.Design.Target }.OfType<JourneyMap>()
                    .SelectMany(m => m.Touchpoints).Select(t => t.Key).ToHashSet();
                if (scope.TouchpointKeyList.Any(k => !keys.Contains(k)))
                {
                    errors.Add("Scope.TouchpointKeys", $"Choose touchpoints from the map of '{places.Template.Name}'.");
                }
            }
        }
        var accountIds = scope.AccountIdList.Distinct().ToList();
        if (accountIds.Count > 0 && await db.Accounts.CountAsync(a => accountIds.Contains(a.Id), cancellationToken) != accountIds.Count)
        {
            errors.Add("Scope.AccountIds", "One of the accounts does not exist.");
        }
        if (details.Measurement is { SurveyId: { } surveyId } plan && plan.Metric != MeasureMetric.NegativeFeedbackShare)
        {
            var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
            if (survey is null)
            {
                errors.Add("Measurement.SurveyId", "The survey does not exist.");
            }
            else if (InstrumentFor(plan.Metric) is { } instrument && survey.Instrument != instrument)
            {
                errors.Add("Measurement.SurveyId", $"'{survey.Name}' does not ask the {instrument.ToUpperInvariant()} question; choose a survey that does.");
            }
            else if (plan.Metric == MeasureMetric.QuestionAverage)
            {
                var numeric = survey.Questions.Where(q => q.Type is QuestionType.Rating or QuestionType.Nps).Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
                var unknown = (plan.QuestionKeys ?? []).Where(k => !string.IsNullOrWhiteSpace(k) && !numeric.Contains(k.Trim())).ToList();
                if (unknown.Count > 0)
                {
                    errors.Add("Measurement.QuestionKeys", $"'{survey.Name}' has no rating question {string.Join(", ", unknown.Select(k => $"'{k}'"))}.");
                }
            }
        }
        errors.ThrowIfAny();
    }

    private static string? InstrumentFor(MeasureMetric metric) => metric switch
    {
        MeasureMetric.Nps => BuiltInInstruments.NpsKey,
        MeasureMetric.Csat => BuiltInInstruments.CsatKey,
        MeasureMetric.Ces => BuiltInInstruments.CesKey,
        _ => null,
    };

    private async Task<InitiativeView> ViewAsync(DyadDbContext db, Initiative initiative, CancellationToken cancellationToken)
    {
        var scope = initiative.Scope;
        var places = scope.TemplateId is { } templateId ? await TemplatePlaces.LoadAsync(db, templateId, cancellationToken) : null;
        var mapTouchpoints = places is null
            ? []
            : new[] { places.Design.Target, places.Design.Current(places.Template) }.OfType<JourneyMap>().SelectMany(m => m.Touchpoints)
                .GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.First().Name);
        var accountIds = scope.AccountIdList.ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var result = initiative.Measurement is { } plan
            ? await new InitiativeMeasurement(db, analysers).MeasureAsync(scope, places, plan, cancellationToken)
            : null;
        return new InitiativeView(initiative.Id, initiative.Kind, initiative.Title, initiative.Description,
            new InitiativeScopeView(scope.TemplateId, places?.Template.Name, scope.PhaseList, scope.TouchpointKeyList,
                scope.TouchpointKeyList.Select(k => mapTouchpoints.GetValueOrDefault(k, "(no longer on the map)")).ToList(),
                scope.AccountIdList, scope.AccountIdList.Select(a => accounts.GetValueOrDefault(a, "(deleted account)")).ToList()),
            initiative.Stages.Select(s => new StageView(s.Stage, s.Stage.Label(), s.Owner, s.Due, s.CompletedAt, s.CompletedBy, s.Note)).ToList(),
            initiative.CurrentStage, initiative.PrioritisedIn, initiative.TargetExperienceIds, initiative.Measurement, result,
            initiative.CreatedBy, initiative.CreatedAt);
    }
}

using Dyad.Core.Events;
using Dyad.Core.Practices;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Events;

public sealed record PhaseLabel(int Number, string Name);

/// <summary>Everything the practice analytics show, for one filter, computed by the pure functions of Core.</summary>
public sealed record PracticeAnalysis(
    string TemplateName,
    IReadOnlyList<PhaseLabel> Phases,
    IReadOnlyList<RecurrenceRow> Recurrence,
    IReadOnlyList<CircumplexPlacement> Circumplex,
    IReadOnlyList<EffectShare> EffectsByPhase,
    IReadOnlyList<PlaybookEntry> Playbook,
    IReadOnlyList<AccountDestruction> Destruction,
    int EventCount);

public sealed record AccountDestruction(Guid AccountId, string AccountName, string Practice, int Count);

public sealed class EventAnalyticsService(IDbContextFactory<DyadDbContext> contexts)
{
    /// <summary>
    /// The analyses over the events of one journey template (phases only compare within a template);
    /// by default the template with most events.
    /// </summary>
    public async Task<PracticeAnalysis?> AnalyseAsync(EventFilter filter, Guid? templateId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = EventService.Filter(db.CriticalEvents, filter);
        templateId ??= await events.GroupBy(e => e.TemplateId).OrderByDescending(g => g.Count()).Select(g => (Guid?)g.Key).FirstOrDefaultAsync(cancellationToken)
                       ?? await db.JourneyTemplates.Where(t => t.Name == Core.Journeys.BuiltInJourneyTemplates.ServiceJourney).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        var template = await db.JourneyTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        if (template is null)
        {
            return null;
        }
        events = events.Where(e => e.TemplateId == template.Id);
        var rows = await (
                from e in events
                join use in db.EventPractices on e.Id equals use.EventId
                join practice in db.Practices on use.PracticeId equals practice.Id
                select new { e.Phase, e.AccountId, e.StateBefore, e.StateAfter, e.BeyondRepair, use.Organization, use.Engagement, practice })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var definitions = rows.Select(r => r.practice).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.ToDefinition());
        var coded = rows.Select(r => new CodedPractice(
                r.Phase, definitions[r.practice.Id],
                r.Organization is { } o && r.Engagement is { } g ? new PracticeMode(o, g) : null,
                new ExperienceChange(r.StateBefore, r.StateAfter, r.BeyondRepair), r.AccountId))
            .ToList();
        var accountNames = await db.Accounts.ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var phases = template.PhasesInOrder.Select(p => new PhaseLabel(p.Number, p.Name)).ToList();
        return new PracticeAnalysis(
            template.Name,
            phases,
            Recurrence.Matrix(coded.Select(c => (c.Phase, c.Practice))),
            PracticeAnalytics.Circumplex(coded),
            PracticeAnalytics.EffectsByPhase(coded, phases.Select(p => p.Number)),
            PracticeAnalytics.Playbook(coded),
            PracticeAnalytics.Destruction(coded)
                .Select(d => new AccountDestruction(d.AccountId, accountNames.GetValueOrDefault(d.AccountId, "?"), d.Practice.Name, d.Count)).ToList(),
            await events.CountAsync(cancellationToken));
    }
}

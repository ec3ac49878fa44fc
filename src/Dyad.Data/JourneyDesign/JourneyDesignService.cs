using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Core.Experiences;
using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Core.JourneyDesign;
using Dyad.Data.Common;
using Dyad.Data.Feedback;
using Dyad.Data.Journeys;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.JourneyDesign;

/// <summary>
/// A journey template's design: the map with the practices that worked and the pain points customers named at each
/// touchpoint, and the target state drafted, compared and adopted beside it.
/// </summary>
public sealed class JourneyDesignService(IDbContextFactory<DyadDbContext> contexts, SentimentAnalysers analysers, TimeProvider clock)
{
    public const int PainPointsShown = 5;

    /// <returns>Null when the template does not exist in the workspace.</returns>
    public async Task<JourneyDesignView?> GetAsync(Guid templateId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TemplatePlaces.LoadAsync(db, templateId, cancellationToken) is { } places ? await ViewAsync(db, places, cancellationToken) : null;
    }

    public Task<JourneyDesignView?> StartTargetAsync(Guid templateId, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(templateId, null, places => places.Design.StartTarget(places.Template, actor.Name, clock.GetUtcNow()), cancellationToken);

    public Task<JourneyDesignView?> ReviseTargetAsync(Guid templateId, TargetStateEdit edit, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(templateId, edit.Version, places => places.Design.ReviseTarget(places.Template, edit.ToMap(), actor.Name, clock.GetUtcNow()),
            cancellationToken);

    public Task<JourneyDesignView?> DiscardTargetAsync(Guid templateId, int version, CancellationToken cancellationToken = default) =>
        ChangeAsync(templateId, version, places => places.Design.DiscardTarget(), cancellationToken);

    /// <summary>
    /// Applies the target state to the template and its map in one save, so either the template's phases and the map
    /// both change or neither does.
    /// </summary>
    /// <returns>Null when the template does not exist in the workspace.</returns>
    public async Task<AdoptedTargetState?> AdoptAsync(Guid templateId, AdoptTargetState request, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await TemplatePlaces.LoadAsync(db, templateId, cancellationToken) is not { } places)
        {
            return null;
        }
        places.KeepDesign(db);
        var applied = places.Design.Adopt(places.Template, request.Version, inUse: places.JourneyIds.Count > 0, actor.Name, clock.GetUtcNow());
        await SaveAsync(db, cancellationToken);
        return new AdoptedTargetState(applied.Select(MapChangeView.Of).ToList(), await ViewAsync(db, places, cancellationToken));
    }

    private async Task<JourneyDesignView?> ChangeAsync(Guid templateId, int? expectedVersion, Action<TemplatePlaces> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await TemplatePlaces.LoadAsync(db, templateId, cancellationToken) is not { } places)
        {
            return null;
        }
        if (expectedVersion is { } version && version != places.Design.Version)
        {
            throw new ConflictException("The target state changed since you read it; reload it and make your change again.");
        }
        places.KeepDesign(db);
        change(places);
        await SaveAsync(db, cancellationToken);
        return await ViewAsync(db, places, cancellationToken);
    }

    private static async Task SaveAsync(DyadDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        // Two first edits at once both store the drawn design; the second meets the unique template index.
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || (ex is DbUpdateException update && DbContextExtensions.IsUniqueViolation(update)))
        {
            throw new ConflictException("Someone else changed the target state at the same moment; reload it and try again.");
        }
    }

    private async Task<JourneyDesignView> ViewAsync(DyadDbContext db, TemplatePlaces places, CancellationToken cancellationToken)
    {
        var (template, design) = (places.Template, places.Design);
        var practices = await (
                from criticalEvent in db.CriticalEvents
                where criticalEvent.TemplateId == template.Id
                join used in db.EventPractices on criticalEvent.Id equals used.EventId
                join practice in db.Practices on used.PracticeId equals practice.Id
                select new
                {
                    criticalEvent.Phase, criticalEvent.TouchpointId, criticalEvent.StateBefore, criticalEvent.StateAfter, criticalEvent.BeyondRepair,
                    practice.Name, practice.Polarity,
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var uses = practices.Select(p => (Place: Place(places, p.Phase, p.TouchpointId),
                Use: new PracticeInEvent(p.Name, p.Polarity, new ExperienceChange(p.StateBefore, p.StateAfter, p.BeyondRepair))))
            .ToList();

        var journeyIds = places.JourneyIds.ToList();
        var responses = db.SurveyResponses.Where(r => r.Context.JourneyId != null && journeyIds.Contains(r.Context.JourneyId.Value));
        var (_, feedback) = await new FeedbackItems(db, analysers).ReadAsync(responses, cancellationToken);
        var pains = feedback.Where(i => i.Card == FeedbackCard.Red && i.Phase is not null)
            .Select(i => (Place: Place(places, i.Phase!.Value, i.TouchpointId), Item: i))
            .ToList();

        var journeyTouchpointIds = places.JourneyTouchpointIds;
        var links = await (
                from link in db.TargetExperienceLinks
                join experience in db.TargetExperiences on link.TargetExperienceId equals experience.Id
                where experience.ArchivedAt == null
                      && (((link.Kind == LinkKind.JourneyTemplate || link.Kind == LinkKind.Phase) && link.JourneyTemplateId == template.Id)
                          || (link.Kind == LinkKind.Touchpoint && link.TouchpointId != null && journeyTouchpointIds.Contains(link.TouchpointId.Value)))
                select new { link.Kind, link.Phase, link.TouchpointId, Aim = new AimedExperience(experience.Id, experience.Name, experience.Category) })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        // A touchpoint's experience lands on the designed touchpoint it stands for, else on its phase at large.
        var aims = links.Where(l => l.Kind != LinkKind.JourneyTemplate)
            .Select(l => (Place: l.Kind == LinkKind.Phase ? (l.Phase!.Value, (Guid?)null) : Place(places, places.PhaseOf(l.TouchpointId!.Value), l.TouchpointId), l.Aim))
            .ToList();

        PlaceEvidence EvidenceAt((int Phase, Guid? Key) place)
        {
            var here = pains.Where(p => p.Place == place).Select(p => p.Item).ToList();
            return new PlaceEvidence(PracticesThatWorked.Of(uses.Where(u => u.Place == place).Select(u => u.Use)), here.Count,
                here.Take(PainPointsShown).Select(i => new PainPointView(i.Id, i.Text, i.Keywords, i.AccountName, i.SubmittedAt)).ToList(),
                aims.Where(a => a.Place == place).Select(a => a.Aim).DistinctBy(a => a.Id).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList());
        }

        var current = design.Current(template);
        var phases = current.Phases.Select(phase => new DesignPhaseView(phase,
                current.Touchpoints.Where(t => t.Phase == phase.Number)
                    .OrderBy(t => t.Visibility).ThenBy(t => t.Controller).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
                    .Select(t => new DesignTouchpointView(t, EvidenceAt((phase.Number, t.Key))))
                    .ToList(),
                EvidenceAt((phase.Number, null))))
            .ToList();
        var templateView = new TemplateView(template.Id, template.Name, template.Description, template.IsBuiltIn,
            template.PhasesInOrder.Select(PhaseView.From).ToList(), journeyIds.Count);
        return new JourneyDesignView(templateView, design.Version, phases, design.Target,
            design.Changes(template).Select(MapChangeView.Of).ToList(),
            design.TargetEditedBy, design.TargetEditedAt, design.AdoptedBy, design.AdoptedAt,
            links.Where(l => l.Kind == LinkKind.JourneyTemplate).Select(l => l.Aim).DistinctBy(a => a.Id).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>
    /// Where evidence lands: at the designed touchpoint its journey touchpoint stands for (an event may be logged in a later
    /// phase than the touchpoint it concerns), else in its own phase at large.
    /// </summary>
    private static (int Phase, Guid? Key) Place(TemplatePlaces places, int phase, Guid? journeyTouchpointId) =>
        places.DesignedFor(journeyTouchpointId) is { } designed ? (designed.Phase, designed.Key) : (phase, null);
}

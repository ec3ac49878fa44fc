using Dyad.Core.Accounts;
using Dyad.Core.Journeys;
using Dyad.Core.Touchpoints;
using Dyad.Data.Audit;
using Dyad.Data.Journeys;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Touchpoints;

public sealed record TemplateTouchpoint(TouchpointView Touchpoint, Guid AccountId, string AccountName, string JourneyName);

/// <summary>Every touchpoint of the journeys that follow one template, for the workspace-wide matrix.</summary>
public sealed record TemplateTouchpoints(TemplateView Template, IReadOnlyList<TemplateTouchpoint> Touchpoints);

public sealed class TouchpointService(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public async Task<TouchpointView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var touchpoint = await db.Touchpoints.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return touchpoint is null ? null : TouchpointView.From(touchpoint);
    }

    /// <returns>The new touchpoint, or null when the journey does not exist in the workspace.</returns>
    public async Task<TouchpointView?> CreateAsync(Guid journeyId, TouchpointDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var journey = await db.Journeys.SingleOrDefaultAsync(j => j.Id == journeyId, cancellationToken);
        if (journey is null)
        {
            return null;
        }
        var template = await db.JourneyTemplates.SingleAsync(t => t.Id == journey.TemplateId, cancellationToken);
        var touchpoint = new Touchpoint(journey, template, details);
        db.Touchpoints.Add(touchpoint);
        await db.SaveChangesAsync(cancellationToken);
        return TouchpointView.From(touchpoint);
    }

    public async Task<TouchpointView?> UpdateAsync(Guid id, TouchpointDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var touchpoint = await db.Touchpoints.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (touchpoint is null)
        {
            return null;
        }
        var (template, accountId) = await (
                from journey in db.Journeys
                join t in db.JourneyTemplates on journey.TemplateId equals t.Id
                where journey.Id == touchpoint.JourneyId
                select new ValueTuple<JourneyTemplate, Guid>(t, journey.AccountId))
            .SingleAsync(cancellationToken);
        var controller = touchpoint.Controller;
        touchpoint.Update(template, details);
        // Who controls a touchpoint can shift (003, C5); the history is what shows it.
        if (RelationshipChange.OfController(controller, touchpoint, accountId, clock.GetUtcNow()) is { } change)
        {
            db.RelationshipChanges.Add(change);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TouchpointView.From(touchpoint);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Touchpoints.Where(t => t.Id == id).ExecuteAuditedDeleteAsync(db, cancellationToken) > 0;
    }

    public async Task<TemplateTouchpoints?> ForTemplateAsync(Guid templateId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await db.JourneyTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        if (template is null)
        {
            return null;
        }
        var rows = await (
                from touchpoint in db.Touchpoints
                join journey in db.Journeys on touchpoint.JourneyId equals journey.Id
                join account in db.Accounts on journey.AccountId equals account.Id
                where journey.TemplateId == templateId
                orderby touchpoint.Phase, touchpoint.Name
                select new { touchpoint, account.Id, AccountName = account.Name, JourneyName = journey.Name })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var journeyCount = await db.Journeys.CountAsync(j => j.TemplateId == templateId, cancellationToken);
        var view = new TemplateView(template.Id, template.Name, template.Description, template.IsBuiltIn,
            template.PhasesInOrder.Select(PhaseView.From).ToList(), journeyCount);
        return new TemplateTouchpoints(view,
            rows.Select(r => new TemplateTouchpoint(TouchpointView.From(r.touchpoint), r.Id, r.AccountName, r.JourneyName)).ToList());
    }
}

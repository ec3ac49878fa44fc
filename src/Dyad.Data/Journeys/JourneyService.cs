using Dyad.Core.Journeys;
using Dyad.Core.Touchpoints;
using Dyad.Data.Common;
using Dyad.Data.Events;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Journeys;

public sealed class JourneyService(IDbContextFactory<DyadDbContext> contexts, EvidenceFiles files, TimeProvider clock)
{
    public async Task<JourneyView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var journey = await db.Journeys.AsNoTracking().Include(j => j.History).SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (journey is null)
        {
            return null;
        }
        var template = await db.JourneyTemplates.AsNoTracking().SingleAsync(t => t.Id == journey.TemplateId, cancellationToken);
        var accountName = await db.Accounts.Where(a => a.Id == journey.AccountId).Select(a => a.Name).SingleAsync(cancellationToken);
        var touchpoints = await db.Touchpoints.AsNoTracking()
            .Where(t => t.JourneyId == id)
            .OrderBy(t => t.Phase).ThenBy(t => t.Name)
            .ToListAsync(cancellationToken);
        var phases = template.PhasesInOrder.Select(PhaseView.From).ToList();
        string PhaseName(int number) => phases.Single(p => p.Number == number).Name;
        var history = journey.HistoryInOrder
            .Select(h => new PhaseChangeView(
                h.FromPhase, h.FromPhase is { } from ? PhaseName(from) : null, h.ToPhase, PhaseName(h.ToPhase),
                h.IsStepBack, h.ChangedBy, h.ChangedAt, h.Note))
            .ToList();
        return new JourneyView(
            journey.Id, journey.AccountId, accountName, journey.Name, template.Id, template.Name, journey.StartedAt,
            journey.CurrentPhase, phases, history, touchpoints.Select(TouchpointView.From).ToList(),
            JourneySuccess.Of(touchpoints.Select(t => t.SuccessRate)));
    }

    /// <returns>The new journey's id, or null when the account does not exist in the workspace.</returns>
    public async Task<Guid?> StartAsync(Guid accountId, NewJourney request, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return null;
        }
        var template = await db.JourneyTemplates.SingleOrDefaultAsync(t => t.Id == request.TemplateId, cancellationToken)
            ?? throw Core.Common.DomainValidationException.For(nameof(NewJourney.TemplateId), "Choose a journey template of this workspace.");
        var journey = new Journey(accountId, template, request.Name, actor.Name, clock.GetUtcNow());
        db.Journeys.Add(journey);
        await db.SaveChangesAsync(cancellationToken);
        return journey.Id;
    }

    public async Task<bool> RenameAsync(Guid id, string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var journey = await db.Journeys.SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (journey is null)
        {
            return false;
        }
        journey.Rename(name);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Moves the journey to a phase of its template, forward or back; the move is kept in its history.</summary>
    public async Task<bool> MoveAsync(Guid id, PhaseMove move, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var journey = await db.Journeys.Include(j => j.History).SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (journey is null)
        {
            return false;
        }
        var template = await db.JourneyTemplates.SingleAsync(t => t.Id == journey.TemplateId, cancellationToken);
        journey.MoveTo(template, move.Phase, actor.Name, clock.GetUtcNow(), move.Note);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var journey = await db.Journeys.SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (journey is null)
        {
            return false;
        }
        var stored = await EvidenceFiles.UnderAsync(
            db.Evidence.Where(e => db.CriticalEvents.Any(c => c.Id == e.EventId && c.JourneyId == id)), cancellationToken);
        db.Journeys.Remove(journey);
        await db.SaveChangesAsync(cancellationToken);
        files.Delete(stored);
        return true;
    }
}

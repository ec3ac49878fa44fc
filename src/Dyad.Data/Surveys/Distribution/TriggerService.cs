using Dyad.Core.Common;
using Dyad.Core.Surveys.Distribution;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>A survey's triggers: add, list, change, switch off, remove.</summary>
public sealed class TriggerService(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<TriggerView>?> ListAsync(Guid surveyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Surveys.AnyAsync(s => s.Id == surveyId, cancellationToken))
        {
            return null;
        }
        var triggers = await db.SurveyTriggers.AsNoTracking().Where(t => t.SurveyId == surveyId).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        return triggers.Select(TriggerView.Of).ToList();
    }

    public async Task<TriggerView?> GetAsync(Guid surveyId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var trigger = await db.SurveyTriggers.AsNoTracking().SingleOrDefaultAsync(t => t.SurveyId == surveyId && t.Id == id, cancellationToken);
        return trigger is null ? null : TriggerView.Of(trigger);
    }

    public async Task<TriggerView?> CreateAsync(Guid surveyId, TriggerDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
        {
            return null;
        }
        await CheckReferencesAsync(db, details, cancellationToken);
        var trigger = new SurveyTrigger(survey, details, clock.GetUtcNow());
        db.SurveyTriggers.Add(trigger);
        await db.SaveChangesAsync(cancellationToken);
        return TriggerView.Of(trigger);
    }

    public async Task<TriggerView?> UpdateAsync(Guid surveyId, Guid id, TriggerDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var trigger = await db.SurveyTriggers.SingleOrDefaultAsync(t => t.SurveyId == surveyId && t.Id == id, cancellationToken);
        if (trigger is null)
        {
            return null;
        }
        await CheckReferencesAsync(db, details, cancellationToken);
        trigger.Update(details, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TriggerView.Of(trigger);
    }

    /// <summary>Removes the trigger; the invitations it made stay, without it.</summary>
    public async Task<bool> DeleteAsync(Guid surveyId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var trigger = await db.SurveyTriggers.SingleOrDefaultAsync(t => t.SurveyId == surveyId && t.Id == id, cancellationToken);
        if (trigger is null)
        {
            return false;
        }
        db.SurveyTriggers.Remove(trigger);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The touchpoint and template a trigger names must exist in the workspace, and the phase in the template.</summary>
    private static async Task CheckReferencesAsync(DyadDbContext db, TriggerDetails details, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (details is { Kind: TriggerKind.TouchpointOccurred, TouchpointId: { } touchpointId }
            && !await db.Touchpoints.AnyAsync(t => t.Id == touchpointId, cancellationToken))
        {
            errors.Add(nameof(details.TouchpointId), "The touchpoint does not exist in this workspace.");
        }
        if (details is { Kind: TriggerKind.PhaseEntered, TemplateId: { } templateId })
        {
            var template = await db.JourneyTemplates.Include(t => t.Phases).SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken);
            if (template is null)
            {
                errors.Add(nameof(details.TemplateId), "The journey template does not exist in this workspace.");
            }
            else if (details.Phase is { } phase && !template.HasPhase(phase))
            {
                errors.Add(nameof(details.Phase), $"Phase must be between 1 and {template.Phases.Count} for the template '{template.Name}'.");
            }
        }
        errors.ThrowIfAny();
    }
}

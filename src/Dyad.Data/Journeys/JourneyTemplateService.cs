using Dyad.Core.Common;
using Dyad.Core.Journeys;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Journeys;

/// <summary>The workspace's journey templates: the three built-in ones and any the workspace adds.</summary>
public sealed class JourneyTemplateService(IDbContextFactory<DyadDbContext> contexts)
{
    public async Task<IReadOnlyList<TemplateView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var templates = await db.JourneyTemplates.AsNoTracking()
            .OrderByDescending(t => t.IsBuiltIn).ThenBy(t => t.Name)
            .ToListAsync(cancellationToken);
        var usage = await db.Journeys.GroupBy(j => j.TemplateId)
            .Select(g => new { TemplateId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TemplateId, g => g.Count, cancellationToken);
        return templates.Select(t => ToView(t, usage.GetValueOrDefault(t.Id))).ToList();
    }

    public async Task<TemplateView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await db.JourneyTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return template is null ? null : ToView(template, await db.Journeys.CountAsync(j => j.TemplateId == id, cancellationToken));
    }

    public async Task<TemplateView> CreateAsync(TemplateDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = new JourneyTemplate(db.Scope.Required, draft.Name, draft.Description, draft.Phases);
        db.JourneyTemplates.Add(template);
        await db.SaveOrConflictAsync($"A template named '{draft.Name.Trim()}' already exists.", cancellationToken);
        return ToView(template, 0);
    }

    public async Task<TemplateView?> ReviseAsync(Guid id, TemplateDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await db.JourneyTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return null;
        }
        var journeyCount = await db.Journeys.CountAsync(j => j.TemplateId == id, cancellationToken);
        template.Revise(draft.Name, draft.Description, draft.Phases, inUse: journeyCount > 0);
        await db.SaveOrConflictAsync($"A template named '{draft.Name.Trim()}' already exists.", cancellationToken);
        return ToView(template, journeyCount);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await db.JourneyTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return false;
        }
        if (template.IsBuiltIn)
        {
            throw new ConflictException($"'{template.Name}' is a built-in template and cannot be deleted.");
        }
        var journeyCount = await db.Journeys.CountAsync(j => j.TemplateId == id, cancellationToken);
        if (journeyCount > 0)
        {
            throw new ConflictException($"{journeyCount} journey(s) follow '{template.Name}'; delete or finish them first.");
        }
        db.JourneyTemplates.Remove(template);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static TemplateView ToView(JourneyTemplate template, int journeyCount) =>
        new(template.Id, template.Name, template.Description, template.IsBuiltIn,
            template.PhasesInOrder.Select(PhaseView.From).ToList(), journeyCount);
}

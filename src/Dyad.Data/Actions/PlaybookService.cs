using Dyad.Core.Actions;
using Dyad.Core.Common;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Actions;

public sealed record PlaybookView(Guid Id, string Name, string? Description, ActionType ActionType, IReadOnlyList<PlaybookStep> Steps,
    bool IsDefault, bool BuiltIn)
{
    internal static PlaybookView Of(Playbook p) => new(p.Id, p.Name, p.Description, p.ActionType, p.Steps, p.IsDefault, p.BuiltInKey is not null);

    public PlaybookDetails ToDetails() => new(Name, ActionType, Steps, IsDefault, Description);
}

/// <summary>The workspace's playbooks; at most one is the default of each action type.</summary>
public sealed class PlaybookService(IDbContextFactory<DyadDbContext> contexts)
{
    private const string NameTaken = "Another playbook has this name.";

    public async Task<IReadOnlyList<PlaybookView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var playbooks = await db.Playbooks.AsNoTracking().ToListAsync(cancellationToken);
        return playbooks.OrderBy(p => p.ActionType).ThenByDescending(p => p.IsDefault).ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(PlaybookView.Of).ToList();
    }

    public async Task<PlaybookView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Playbooks.AsNoTracking().Where(p => p.Id == id).Select(p => PlaybookView.Of(p)).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<PlaybookView> CreateAsync(PlaybookDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var playbook = new Playbook(db.Scope.Required, details);
        db.Playbooks.Add(playbook);
        await TakeDefaultAsync(db, playbook, cancellationToken);
        await db.SaveOrConflictAsync(NameTaken, cancellationToken);
        return PlaybookView.Of(playbook);
    }

    public async Task<PlaybookView?> UpdateAsync(Guid id, PlaybookDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Playbooks.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } playbook)
        {
            return null;
        }
        playbook.Update(details);
        await TakeDefaultAsync(db, playbook, cancellationToken);
        await db.SaveOrConflictAsync(NameTaken, cancellationToken);
        return PlaybookView.Of(playbook);
    }

    /// <summary>
    /// Removes a playbook of the workspace's own; actions made from it keep their tasks. A built-in playbook stays (the
    /// start-up check would bring it back); stop it being the default instead.
    /// </summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Playbooks.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } playbook)
        {
            return false;
        }
        if (playbook.BuiltInKey is not null)
        {
            throw new ConflictException("A built-in playbook cannot be deleted; edit it, or make another playbook the default of its type.");
        }
        db.Playbooks.Remove(playbook);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static async Task TakeDefaultAsync(DyadDbContext db, Playbook playbook, CancellationToken cancellationToken)
    {
        if (!playbook.IsDefault)
        {
            return;
        }
        foreach (var other in await db.Playbooks.Where(p => p.ActionType == playbook.ActionType && p.IsDefault && p.Id != playbook.Id)
                     .ToListAsync(cancellationToken))
        {
            other.Undefault();
        }
    }
}

/// <summary>Gives a workspace each built-in playbook once; idempotent, so older workspaces get them on the next start.</summary>
public static class PlaybookSeeder
{
    public static async Task EnsureAsync(DyadDbContext db, Guid workspaceId, CancellationToken cancellationToken = default)
    {
        var existing = await db.Playbooks.IgnoreQueryFilters().Where(p => p.WorkspaceId == workspaceId)
            .Select(p => new { p.BuiltInKey, p.ActionType, p.IsDefault }).ToListAsync(cancellationToken);
        var missing = BuiltInPlaybooks.All.Where(b => existing.All(e => e.BuiltInKey != b.Key)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        // A type that already has a default of the workspace's choosing keeps it.
        db.Playbooks.AddRange(missing.Select(b => new Playbook(workspaceId,
            b.Details with { IsDefault = b.Details.IsDefault && !existing.Any(e => e.IsDefault && e.ActionType == b.Details.ActionType) }, b.Key)));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task EnsureAllAsync(DyadDbContext db, CancellationToken cancellationToken = default)
    {
        foreach (var workspaceId in await db.Workspaces.Select(w => w.Id).ToListAsync(cancellationToken))
        {
            await EnsureAsync(db, workspaceId, cancellationToken);
        }
    }
}

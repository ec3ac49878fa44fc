using Dyad.Core.Journeys;
using Dyad.Core.Workspaces;
using Dyad.Data.Actions;
using Dyad.Data.Practices;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Workspaces;

/// <summary>Finds and creates workspaces; a new workspace starts with the built-in journey templates, practice catalogue and playbooks.</summary>
public sealed class WorkspaceDirectory(DyadDbContext db)
{
    public Task<Workspace?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Workspaces.SingleOrDefaultAsync(w => w.Slug == slug.Trim().ToLower(), cancellationToken);

    public async Task<Workspace> FindRequiredAsync(string slug, CancellationToken cancellationToken = default) =>
        await FindAsync(slug, cancellationToken)
        ?? throw new InvalidOperationException($"There is no workspace '{slug}'.");

    public async Task<Workspace> CreateAsync(string slug, string name, CancellationToken cancellationToken = default)
    {
        var workspace = new Workspace(slug, name);
        db.Workspaces.Add(workspace);
        db.JourneyTemplates.AddRange(BuiltInJourneyTemplates.CreateFor(workspace.Id));
        await db.SaveChangesAsync(cancellationToken);
        await PracticeCatalogueSeeder.EnsureAsync(db, workspace.Id, cancellationToken);
        await PlaybookSeeder.EnsureAsync(db, workspace.Id, cancellationToken);
        return workspace;
    }
}

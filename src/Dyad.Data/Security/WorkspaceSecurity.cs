using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Security;

/// <summary>A workspace's sign-in rules that its admins set.</summary>
public sealed class WorkspaceSecurity(IDbContextFactory<DyadDbContext> contexts)
{
    public async Task<bool> RequiresTwoFactorAsync(Guid workspaceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Workspaces.AnyAsync(w => w.Id == workspaceId && w.RequiresTwoFactor, cancellationToken);
    }

    public async Task RequireTwoFactorAsync(Guid workspaceId, bool required, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspace = await db.Workspaces.SingleAsync(w => w.Id == workspaceId, cancellationToken);
        workspace.RequireTwoFactor(required);
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Data.Common;
using Dyad.Data.Events;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Accounts;

public sealed class AccountCommands(IDbContextFactory<DyadDbContext> contexts, EvidenceFiles files, TimeProvider clock)
{
    public async Task<Guid> CreateAsync(AccountDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        details.Validate().ThrowIfAny();
        await EnsureOwnerInWorkspaceAsync(db, details.OwnerId, cancellationToken);
        var account = new Account(db.Scope.Required, details);
        db.Accounts.Add(account);
        await db.SaveOrConflictAsync(NameTaken(details.Name), cancellationToken);
        return account.Id;
    }

    /// <returns>False when no such account exists in the workspace.</returns>
    public async Task<bool> UpdateAsync(Guid id, AccountDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return false;
        }
        details.Validate().ThrowIfAny();
        await EnsureOwnerInWorkspaceAsync(db, details.OwnerId, cancellationToken);
        var before = account.ToDetails();
        account.Update(details);
        // Relationships change over time and the change itself needs attention (003, C5), so it is kept.
        db.RelationshipChanges.AddRange(RelationshipChange.Between(before, account, clock.GetUtcNow()));
        await db.SaveOrConflictAsync(NameTaken(details.Name), cancellationToken);
        return true;
    }

    /// <summary>Deletes the account with its stakeholders, journeys, touchpoints, events and their evidence files.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return false;
        }
        var stored = await EvidenceFiles.UnderAsync(
            db.Evidence.Where(e => db.CriticalEvents.Any(c => c.Id == e.EventId && c.AccountId == id)), cancellationToken);
        db.Accounts.Remove(account);
        await db.SaveChangesAsync(cancellationToken);
        files.Delete(stored);
        return true;
    }

    internal static async Task EnsureOwnerInWorkspaceAsync(DyadDbContext db, Guid? ownerId, CancellationToken cancellationToken)
    {
        if (ownerId is not { } id)
        {
            return;
        }
        var workspaceId = db.Scope.Required;
        if (!await db.Users.AnyAsync(u => u.Id == id && u.WorkspaceId == workspaceId, cancellationToken))
        {
            throw DomainValidationException.For(nameof(AccountDetails.OwnerId), "The owner must be a user of this workspace.");
        }
    }

    private static string NameTaken(string name) => $"An account named '{name.Trim()}' already exists.";
}

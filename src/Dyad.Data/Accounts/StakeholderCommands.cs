using Dyad.Core.Accounts;
using Dyad.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Accounts;

public sealed class StakeholderCommands(IDbContextFactory<DyadDbContext> contexts)
{
    public async Task<IReadOnlyList<StakeholderView>?> ListAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return null;
        }
        var stakeholders = await db.Stakeholders.AsNoTracking()
            .Where(s => s.AccountId == accountId)
            .OrderBy(s => s.Name)
            .ToListAsync(cancellationToken);
        return stakeholders.Select(StakeholderView.From).ToList();
    }

    public async Task<StakeholderView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stakeholder = await db.Stakeholders.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return stakeholder is null ? null : StakeholderView.From(stakeholder);
    }

    /// <returns>The new stakeholder, or null when the account does not exist in the workspace.</returns>
    public async Task<StakeholderView?> CreateAsync(Guid accountId, StakeholderDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }
        var stakeholder = new Stakeholder(account, details);
        db.Stakeholders.Add(stakeholder);
        await db.SaveChangesAsync(cancellationToken);
        return StakeholderView.From(stakeholder);
    }

    public async Task<StakeholderView?> UpdateAsync(Guid id, StakeholderDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stakeholder = await db.Stakeholders.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (stakeholder is null)
        {
            return null;
        }
        stakeholder.Update(details);
        await db.SaveChangesAsync(cancellationToken);
        return StakeholderView.From(stakeholder);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Stakeholders.Where(s => s.Id == id).ExecuteAuditedDeleteAsync(db, cancellationToken);
        return deleted > 0;
    }
}

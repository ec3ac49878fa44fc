using Dyad.Core.Accounts;
using Dyad.Data.Common;
using Dyad.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Accounts;

public sealed class StakeholderCommands(IDbContextFactory<DyadDbContext> contexts)
{
    /// <summary>The stakeholder list's sort keys; <c>name</c> ascending unless asked otherwise.</summary>
    public static readonly CursorSort<Stakeholder> Sorts = new CursorSort<Stakeholder>(s => s.Id)
        .By("name", s => s.Name, SortOrder.Asc)
        .By("email", s => s.Email)
        .By("job_title", s => s.JobTitle);

    /// <summary>A page of the account's stakeholders, optionally of one buying-centre role or only the decision-making unit.</summary>
    /// <returns>Null when the account does not exist in the workspace.</returns>
    public async Task<CursorPage<StakeholderView>?> PageAsync(Guid accountId, BuyingCentreRole? role, bool? decisionMakingUnit, CursorRequest page,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return null;
        }
        var stakeholders = db.Stakeholders.AsNoTracking().Where(s => s.AccountId == accountId);
        if (role is { } wanted)
        {
            stakeholders = stakeholders.Where(s => s.BuyingCentreRole == wanted);
        }
        if (decisionMakingUnit is { } member)
        {
            stakeholders = stakeholders.Where(s => s.IsDecisionMakingUnitMember == member);
        }
        return (await Sorts.PageAsync(stakeholders, page, cancellationToken)).Select(StakeholderView.From);
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

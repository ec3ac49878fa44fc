using Dyad.Core.Accounts;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Accounts;

public sealed class AccountQueries(IDbContextFactory<DyadDbContext> contexts)
{
    /// <summary>The account list's sort keys; <c>name</c> ascending unless asked otherwise.</summary>
    public static readonly CursorSort<Account> Sorts = new CursorSort<Account>(a => a.Id)
        .By("name", a => a.Name, SortOrder.Asc)
        .By("tier", a => a.Tier)
        .By("segment", a => a.Segment)
        .By("annual_revenue", a => a.AnnualRevenue)
        .By("created_at", a => a.CreatedAt);

    public async Task<CursorPage<AccountSummary>> ListAsync(AccountFilter filter, CursorRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = await Sorts.PageAsync(Filter(db.Accounts.AsNoTracking(), filter), page, cancellationToken);
        var ids = accounts.Items.Select(a => a.Id).ToList();
        var ownerIds = accounts.Items.Select(a => a.OwnerId).OfType<Guid>().Distinct().ToList();
        var owners = await db.Users.Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var stakeholders = await CountByAccountAsync(db.Stakeholders.Where(s => ids.Contains(s.AccountId)).Select(s => s.AccountId), cancellationToken);
        var journeys = await CountByAccountAsync(db.Journeys.Where(j => ids.Contains(j.AccountId)).Select(j => j.AccountId), cancellationToken);
        return accounts.Select(a => new AccountSummary(
            a.Id, a.Name, a.RelationshipType, a.CustomerRelationshipType, a.Tier, a.Segment, a.AnnualRevenue, a.OwnerId,
            a.OwnerId is { } owner ? owners.GetValueOrDefault(owner) : null,
            stakeholders.GetValueOrDefault(a.Id), journeys.GetValueOrDefault(a.Id)));
    }

    /// <summary>How many accounts match, for a list that shows "21-40 of 134".</summary>
    public async Task<int> CountAsync(AccountFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filter(db.Accounts, filter).CountAsync(cancellationToken);
    }

    private static Task<Dictionary<Guid, int>> CountByAccountAsync(IQueryable<Guid> accountIds, CancellationToken cancellationToken) =>
        accountIds.GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public async Task<AccountView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return null;
        }
        var ownerName = account.OwnerId is { } ownerId
            ? await db.Users.Where(u => u.Id == ownerId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;
        var stakeholders = await db.Stakeholders.AsNoTracking()
            .Where(s => s.AccountId == id)
            .OrderBy(s => s.Name)
            .ToListAsync(cancellationToken);
        var journeys = await (
                from journey in db.Journeys
                join template in db.JourneyTemplates on journey.TemplateId equals template.Id
                where journey.AccountId == id
                orderby journey.StartedAt
                select new AccountJourneyView(
                    journey.Id, journey.Name, template.Name, journey.CurrentPhase,
                    template.Phases.Where(p => p.Number == journey.CurrentPhase).Select(p => p.Name).First(),
                    template.Phases.Count))
            .ToListAsync(cancellationToken);
        return new AccountView(
            account.Id, account.Name, account.RelationshipType, account.CustomerRelationshipType, account.HasRelationshipMismatch,
            account.Tier, account.Segment, account.AnnualRevenue, account.OwnerId, ownerName, account.PartnerFirms, account.CreatedAt,
            stakeholders.Select(StakeholderView.From).ToList(), journeys);
    }

    /// <summary>
    /// The id of the account with this name as people type it on a command line: the exact name first, else the
    /// one account whose name differs only in case. Null when there is none, or several differing only in case.
    /// </summary>
    public async Task<Guid?> FindIdByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var wanted = name.Trim();
        var lower = wanted.ToLower();
        var matches = await db.Accounts.Where(a => a.Name.ToLower() == lower).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        return (matches.SingleOrDefault(m => m.Name == wanted) ?? (matches.Count == 1 ? matches[0] : null))?.Id;
    }

    public async Task<AccountFacets> FacetsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = db.Scope.Required;
        var tiers = await db.Accounts.Where(a => a.Tier != null).Select(a => a.Tier!).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        var segments = await db.Accounts.Where(a => a.Segment != null).Select(a => a.Segment!).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);
        var owners = await db.Users.Where(u => u.WorkspaceId == workspaceId)
            .OrderBy(u => u.DisplayName)
            .Select(u => new OwnerOption(u.Id, u.DisplayName, u.Email ?? ""))
            .ToListAsync(cancellationToken);
        return new AccountFacets(tiers, segments, owners);
    }

    private static IQueryable<Account> Filter(IQueryable<Account> accounts, AccountFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim().ToLower();
            accounts = accounts.Where(a => a.Name.ToLower().Contains(search)
                                           || (a.PartnerFirms != null && a.PartnerFirms.ToLower().Contains(search)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Tier))
        {
            accounts = accounts.Where(a => a.Tier == filter.Tier);
        }
        if (!string.IsNullOrWhiteSpace(filter.Segment))
        {
            accounts = accounts.Where(a => a.Segment == filter.Segment);
        }
        if (filter.RelationshipType is { } type)
        {
            accounts = accounts.Where(a => a.RelationshipType == type);
        }
        if (filter.OwnerId is { } ownerId)
        {
            accounts = accounts.Where(a => a.OwnerId == ownerId);
        }
        return accounts;
    }
}

using Dyad.Core.Alerts;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Alerts;

public sealed record AlertView(
    Guid Id,
    Guid AccountId,
    string AccountName,
    string RuleKey,
    string RuleName,
    AlertGroup Group,
    string ReasonKey,
    string Reason,
    AlertStatus Status,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string? Note,
    Guid? ActionId = null);

public sealed record AlertFilter(Guid? AccountId = null, string? RuleKey = null, AlertStatus? Status = null);

public sealed record AlertClosing(string Note);

/// <summary>Lists alerts, each with the action it opened if any, and lets a user resolve or dismiss one, with a note.</summary>
public sealed class AlertBook(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    /// <summary>The API's sort keys: the most recently seen first unless asked otherwise.</summary>
    public static readonly CursorSort<Alert> Sorts = new CursorSort<Alert>(a => a.Id)
        .By("last_seen_at", a => a.LastSeenAt, SortOrder.Desc)
        .By("first_seen_at", a => a.FirstSeenAt);

    /// <summary>One page by cursor, for API clients.</summary>
    public async Task<CursorPage<AlertView>> PageAsync(AlertFilter filter, CursorRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alerts = await Sorts.PageAsync(Matching(db, filter), page, cancellationToken);
        return new CursorPage<AlertView>(await ViewsAsync(db, alerts.Items, cancellationToken), alerts.NextCursor);
    }

    /// <summary>A numbered page with the total, for the screen's pager.</summary>
    public async Task<Page<AlertView>> ListAsync(AlertFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Matching(db, filter);
        var size = page.Normalized;
        var total = await query.CountAsync(cancellationToken);
        var alerts = await query.OrderByDescending(a => a.LastSeenAt).ThenBy(a => a.Id)
            .Skip(size.Skip).Take(size.PageSize).ToListAsync(cancellationToken);
        return new Page<AlertView>(await ViewsAsync(db, alerts, cancellationToken), size.PageNumber, size.PageSize, total);
    }

    private static IQueryable<Alert> Matching(DyadDbContext db, AlertFilter filter) =>
        db.Alerts.AsNoTracking().Where(a => (filter.AccountId == null || a.AccountId == filter.AccountId)
                                            && (filter.RuleKey == null || a.RuleKey == filter.RuleKey)
                                            && (filter.Status == null || a.Status == filter.Status));

    private static async Task<List<AlertView>> ViewsAsync(DyadDbContext db, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        var ids = alerts.Select(a => a.Id).ToArray();
        var accountIds = alerts.Select(a => a.AccountId).Distinct().ToList();
        var accountNames = await db.Accounts.Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var actions = await ActionsOfAsync(db, ids, cancellationToken);
        return alerts.Select(a => View(a, accountNames.GetValueOrDefault(a.AccountId, ""), actions.GetValueOrDefault(a.Id))).ToList();
    }

    public async Task<AlertView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await (from a in db.Alerts.AsNoTracking()
                         join account in db.Accounts on a.AccountId equals account.Id
                         where a.Id == id
                         select new { Alert = a, AccountName = account.Name }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : View(row.Alert, row.AccountName, (await ActionsOfAsync(db, [id], cancellationToken)).GetValueOrDefault(id));
    }

    /// <returns>Null when no such alert exists in the workspace.</returns>
    public Task<AlertView?> ResolveAsync(Guid id, AlertClosing closing, Actor actor, CancellationToken cancellationToken = default) =>
        CloseAsync(id, alert => alert.Resolve(actor.Name, closing.Note, clock.GetUtcNow()), cancellationToken);

    /// <returns>Null when no such alert exists in the workspace.</returns>
    public Task<AlertView?> DismissAsync(Guid id, AlertClosing closing, Actor actor, CancellationToken cancellationToken = default) =>
        CloseAsync(id, alert => alert.Dismiss(actor.Name, closing.Note, clock.GetUtcNow()), cancellationToken);

    private async Task<AlertView?> CloseAsync(Guid id, Action<Alert> close, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null)
        {
            return null;
        }
        close(alert);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>The action each alert opened (<see cref="AlertActionOpener"/>), or the first one linked to it by hand.</summary>
    private static async Task<Dictionary<Guid, Guid?>> ActionsOfAsync(DyadDbContext db, Guid[] alertIds, CancellationToken cancellationToken) =>
        (await db.ActionItems.AsNoTracking().Where(x => x.Links.AlertId != null && alertIds.Contains(x.Links.AlertId.Value))
            .Select(x => new { AlertId = x.Links.AlertId!.Value, x.Id, x.CreatedAt }).ToListAsync(cancellationToken))
        .GroupBy(x => x.AlertId).ToDictionary(g => g.Key, g => (Guid?)g.MinBy(x => x.CreatedAt)!.Id);

    private static AlertView View(Alert a, string accountName, Guid? actionId)
    {
        var rule = AlertRules.Find(a.RuleKey);
        return new AlertView(a.Id, a.AccountId, accountName, a.RuleKey, rule?.Name ?? a.RuleKey, rule?.Group ?? AlertGroup.WarningSign,
            a.ReasonKey, a.Reason, a.Status, a.FirstSeenAt, a.LastSeenAt, a.ClosedAt, a.ClosedBy, a.Note, actionId);
    }
}

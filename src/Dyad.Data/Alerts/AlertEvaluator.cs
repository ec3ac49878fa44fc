using Dyad.Core.Alerts;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dyad.Data.Alerts;

/// <summary>What one evaluation did.</summary>
public sealed record EvaluationResult(int Accounts, int Opened, int StillOpen, int Cleared);

/// <summary>
/// Runs the workspace's enabled rules over its accounts and brings the alerts in line (<see cref="AlertLedger"/>). Safe to
/// run again and from two app instances at once: the open-reason unique index lets only one of two equal alerts in
/// (docs/alerts.md).
/// </summary>
public sealed class AlertEvaluator(IDbContextFactory<DyadDbContext> contexts, IEnumerable<IAlertObserver> observers, ILogger<AlertEvaluator> logger)
{
    private const int ReconcileAttempts = 5;

    /// <param name="accountId">One account, or every account of the workspace.</param>
    public async Task<EvaluationResult> EvaluateAsync(DateTimeOffset now, Guid? accountId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = db.Scope.Required;
        var (accounts, opened, stillOpen, cleared) = await ReconcileAsync(db, workspaceId, now, accountId, cancellationToken);

        var fired = 0;
        foreach (var (alert, account, ownerId) in opened)
        {
            if (!await TryInsertAsync(db, alert, cancellationToken))
            {
                continue;
            }
            fired++;
            var rule = AlertRules.Find(alert.RuleKey)!;
            var message = new AlertFired(alert.Id, workspaceId, account.AccountId, account.AccountName, ownerId, rule.Key, rule.Name, alert.Reason, now);
            foreach (var observer in observers)
            {
                try
                {
                    await observer.AlertFiredAsync(message, cancellationToken);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    // The alert is stored; one failing observer (a full outbox, a bad setting) must not keep the others from hearing of it.
                    logger.LogError(failure, "Alert observer {Observer} failed on alert {AlertId}", observer.GetType().Name, alert.Id);
                }
            }
        }
        return new EvaluationResult(accounts, fired, stillOpen, cleared);
    }

    /// <summary>
    /// Brings the stored alerts in line with the findings. Two evaluations that refresh the same open alert at once collide
    /// on its row version; both saw the same condition, so the loser reads again and reconciles against the winner's rows.
    /// </summary>
    private static async Task<Reconciled> ReconcileAsync(DyadDbContext db, Guid workspaceId, DateTimeOffset now, Guid? accountId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ReconcileOnceAsync(db, workspaceId, now, accountId, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < ReconcileAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<Reconciled> ReconcileOnceAsync(DyadDbContext db, Guid workspaceId, DateTimeOffset now, Guid? accountId, CancellationToken cancellationToken)
    {
        var settings = await db.AlertRuleSettings.AsNoTracking().ToDictionaryAsync(s => s.RuleKey, cancellationToken);
        var rules = AlertRules.All.Where(r => settings.GetValueOrDefault(r.Key)?.Enabled ?? true)
            .Select(r => (Rule: r, Threshold: AlertRuleSetting.Effective(r, settings.GetValueOrDefault(r.Key))))
            .ToList();
        var snapshots = await AccountSnapshots.ReadAsync(db, accountId, now, cancellationToken);
        // Open alerts and those a user closed while the condition held: the ledger needs both to decide.
        var existing = (await db.Alerts.Where(a => (accountId == null || a.AccountId == accountId)
                    && (a.Status == AlertStatus.Open || a.ConditionClearedAt == null && a.Status != AlertStatus.Cleared))
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.AccountId);

        var opened = new List<(Alert Alert, AccountSnapshot Account, Guid? OwnerId)>();
        var stillOpen = 0;
        var cleared = 0;
        foreach (var (account, ownerId) in snapshots)
        {
            var findings = rules.SelectMany(r => r.Rule.Evaluate(account, r.Threshold).Select(f => new RuleFinding(r.Rule.Key, f))).ToList();
            var mine = existing[account.AccountId].ToList();
            var wasOpen = mine.Where(a => a.IsOpen).ToList();
            opened.AddRange(AlertLedger.Reconcile(workspaceId, account.AccountId, mine, findings, now).Select(a => (a, account, ownerId)));
            stillOpen += wasOpen.Count(a => a.IsOpen);
            cleared += wasOpen.Count(a => !a.IsOpen);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new Reconciled(snapshots.Count, opened, stillOpen, cleared);
    }

    private sealed record Reconciled(int Accounts, List<(Alert Alert, AccountSnapshot Account, Guid? OwnerId)> Opened, int StillOpen, int Cleared);

    /// <summary>Inserts one alert on its own, so that losing a race to an equal alert leaves out that alert alone.</summary>
    private static async Task<bool> TryInsertAsync(DyadDbContext db, Alert alert, CancellationToken cancellationToken)
    {
        db.Alerts.Add(alert);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DbContextExtensions.IsUniqueViolation(ex))
        {
            // Another evaluation opened the same alert a moment ago; that one stands.
            db.Entry(alert).State = EntityState.Detached;
            return false;
        }
    }
}

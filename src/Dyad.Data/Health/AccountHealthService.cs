using Dyad.Core.Health;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Health;

/// <summary>
/// The workspace's scorecard, each account's health computed from its data now, and the daily snapshots that make its
/// history. Scores are computed on read, so a new answer or a closed action shows at once; snapshots only record them.
/// </summary>
public sealed class AccountHealthService(IDbContextFactory<DyadDbContext> contexts, HealthFactsReader reader, TimeProvider clock)
{
    /// <summary>How many days of history an account's health shows.</summary>
    public const int HistoryDays = 180;

    public async Task<Scorecard> ScorecardAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ScorecardAsync(db, cancellationToken);
    }

    public async Task<Scorecard> ChangeScorecardAsync(Scorecard scorecard, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.HealthSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            db.HealthSettings.Add(new HealthSettings(db.Scope.Required, scorecard));
        }
        else
        {
            settings.Update(scorecard);
        }
        await db.SaveOrConflictAsync("Someone changed the scorecard at the same moment; reload and try again.", cancellationToken);
        return scorecard.Normalized();
    }

    /// <summary>Every account's health now, with the change against its history; the portfolio's rows.</summary>
    public async Task<IReadOnlyList<AccountHealthRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var scored = await ScoreAsync(null, now, cancellationToken);
        var history = await HistoryAsync(null, now, cancellationToken);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return scored.Select(s => new AccountHealthRow(s.Account.Id, s.Account.Name, s.Account.Segment, s.Account.Tier, s.Account.AnnualRevenue,
                s.Account.OwnerId, s.Account.OwnerName, s.Result.Score, s.Result.Rag, HealthTrend.Change(s.Result.Score, history[s.Account.Id], today),
                s.Facts.Nps?.Score))
            .ToList();
    }

    /// <returns>Null when the account does not exist in the workspace.</returns>
    public async Task<AccountHealthView?> ForAccountAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var found = await ScoreAsync(accountId, now, cancellationToken);
        if (found.Count == 0)
        {
            return null;
        }
        var (account, _, result) = found[0];
        var history = (await HistoryAsync(accountId, now, cancellationToken))[accountId].ToList();
        return new AccountHealthView(accountId, account.Name, account.AnnualRevenue, account.OwnerName, result.Score, result.Rag,
            HealthTrend.Change(result.Score, history, DateOnly.FromDateTime(now.UtcDateTime)), result.Inputs, result.Reasons, history, now);
    }

    /// <summary>
    /// Stores today's health of every account (or one) as today's snapshot. Running it again the same day replaces the
    /// day's figures, so the background job and the recompute button never make two rows of one day.
    /// </summary>
    public async Task<RecomputeResult> RecomputeAsync(Guid? accountId = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var scored = await ScoreAsync(accountId, now, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = db.Scope.Required;
        var existing = await db.HealthSnapshots.Where(s => s.Day == day && (accountId == null || s.AccountId == accountId))
            .ToDictionaryAsync(s => s.AccountId, cancellationToken);
        foreach (var (account, _, result) in scored)
        {
            if (existing.TryGetValue(account.Id, out var snapshot))
            {
                snapshot.Record(result, now);
            }
            else
            {
                db.HealthSnapshots.Add(new HealthSnapshot(workspaceId, account.Id, day, result, now));
            }
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbContextExtensions.IsUniqueViolation(ex))
        {
            // Another recomputation wrote the day a moment ago; its figures are the same data's, so the day stands as it wrote it.
        }
        return new RecomputeResult(day, scored.Count);
    }

    private async Task<IReadOnlyList<(HealthAccount Account, HealthFacts Facts, HealthResult Result)>> ScoreAsync(Guid? accountId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scorecard = await ScorecardAsync(cancellationToken);
        return (await reader.ReadAsync(accountId, now, cancellationToken))
            .Select(x => (x.Account, x.Facts, HealthRules.Score(scorecard, x.Facts)))
            .ToList();
    }

    private async Task<ILookup<Guid, HealthPoint>> HistoryAsync(Guid? accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var from = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-HistoryDays);
        return (await db.HealthSnapshots.AsNoTracking().Where(s => s.Day >= from && (accountId == null || s.AccountId == accountId))
                .OrderBy(s => s.Day)
                .Select(s => new { s.AccountId, s.Day, s.Score })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.AccountId, s => new HealthPoint(s.Day, s.Score));
    }

    private static async Task<Scorecard> ScorecardAsync(DyadDbContext db, CancellationToken cancellationToken) =>
        (await db.HealthSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.Scorecard ?? Scorecard.Default;
}

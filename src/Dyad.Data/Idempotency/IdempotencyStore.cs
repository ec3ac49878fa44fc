using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Idempotency;

/// <summary>What a request with an Idempotency-Key may do.</summary>
public abstract record IdempotencyClaim
{
    /// <summary>The key is new: run the request, then <see cref="IdempotencyStore.CompleteAsync"/> or <see cref="IdempotencyStore.ReleaseAsync"/>.</summary>
    public sealed record Granted(Guid RecordId) : IdempotencyClaim;

    /// <summary>The same request ran before: give back its response and do nothing else.</summary>
    public sealed record Replay(StoredResponse Response) : IdempotencyClaim;

    /// <summary>The key was used with a different request.</summary>
    public sealed record Mismatch : IdempotencyClaim;

    /// <summary>The first request with this key has not finished yet.</summary>
    public sealed record InProgress : IdempotencyClaim;
}

/// <summary>
/// Keeps each user's Idempotency-Keys per workspace for <see cref="Retention"/>. Expired keys are removed when a new one is
/// claimed in the workspace, so the table holds about a day of writes without a job to sweep it.
/// </summary>
public sealed class IdempotencyStore(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    /// <summary>As long as Stripe keeps keys: long enough for any client's retries, short enough to stay small.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public async Task<IdempotencyClaim> ClaimAsync(Guid userId, string key, string requestHash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var expiry = now - Retention;
        await db.IdempotencyRecords.Where(r => r.CreatedAt < expiry).ExecuteDeleteAsync(cancellationToken);
        if (await FindAsync(db, userId, key, cancellationToken) is { } existing)
        {
            return Judge(existing, requestHash);
        }
        var record = new IdempotencyRecord(db.Scope.Required, userId, key, requestHash, now);
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new IdempotencyClaim.Granted(record.Id);
        }
        catch (DbUpdateException ex) when (DbContextExtensions.IsUniqueViolation(ex))
        {
            // Another request with the key claimed it between our look and our insert.
            db.Entry(record).State = EntityState.Detached;
            return await FindAsync(db, userId, key, cancellationToken) is { } winner ? Judge(winner, requestHash) : new IdempotencyClaim.InProgress();
        }
    }

    public async Task CompleteAsync(Guid recordId, StoredResponse response, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.IdempotencyRecords.SingleAsync(r => r.Id == recordId, cancellationToken);
        record.Complete(response);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A request that failed stored nothing, so its key is freed for a corrected retry.</summary>
    public async Task ReleaseAsync(Guid recordId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.IdempotencyRecords.Where(r => r.Id == recordId).ExecuteDeleteAsync();
    }

    private static Task<IdempotencyRecord?> FindAsync(DyadDbContext db, Guid userId, string key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, cancellationToken);

    private static IdempotencyClaim Judge(IdempotencyRecord record, string requestHash) =>
        record.RequestHash != requestHash ? new IdempotencyClaim.Mismatch()
        : record.Response is { } response ? new IdempotencyClaim.Replay(response)
        : new IdempotencyClaim.InProgress();
}

using Dyad.Core.Actions.Webhooks;
using Dyad.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Actions.Webhooks;

/// <summary>A delivery due to be sent, with what the sender needs to send it.</summary>
public sealed record DueWebhook(Guid DeliveryId, string Url, string Secret, string EventType, string Payload);

/// <summary>
/// The dispatcher's side of the webhook outbox, in the workspace entered: what is due, claiming a delivery so a second
/// app instance leaves it alone, and recording each attempt (docs/closing-the-loop.md).
/// </summary>
public sealed class WebhookOutbox(IDbContextFactory<DyadDbContext> contexts)
{
    /// <summary>How long a claim holds: longer than a send's timeout, so a live sender never loses its claim mid-call.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    public const int BatchSize = 100;

    public async Task<IReadOnlyList<DueWebhook>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.CreatedAt).Take(BatchSize)
            .Join(db.WebhookEndpoints, d => d.EndpointId, e => e.Id, (d, e) => new DueWebhook(d.Id, e.Url, e.Secret, d.EventType, d.Payload))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One conditional update: of two senders, the database lets one see "1 row" and the other skips it.</summary>
    public async Task<bool> TryClaimAsync(Guid deliveryId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var until = now + ClaimFor;
        return await db.WebhookDeliveries
            .Where(d => d.Id == deliveryId && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now
                        && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(d => d.ClaimedUntil, until), cancellationToken) == 1;
    }

    /// <summary>Records an attempt's HTTP status (null when the receiver was not reached) and releases the claim.</summary>
    public async Task RecordAsync(Guid deliveryId, int? statusCode, string? error, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == deliveryId, cancellationToken);
        delivery.Record(statusCode, error, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}

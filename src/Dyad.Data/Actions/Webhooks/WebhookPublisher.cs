using System.Text.Json;
using Dyad.Core.Actions.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Actions.Webhooks;

/// <summary>
/// Tells the workspace's webhook endpoints that something happened: one outbox row per endpoint that wants the event,
/// sent later by the dispatcher with retries. Nothing is sent here, so a slow receiver never slows the change itself.
/// </summary>
public sealed class WebhookPublisher(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Publishes an event of the current workspace; <paramref name="data"/> is serialised as the payload's <c>data</c>.</summary>
    /// <returns>How many endpoints will be told.</returns>
    public async Task<int> PublishAsync(WebhookEventType type, object data, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staged = await StageAsync(db, type, data, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return staged;
    }

    /// <summary>
    /// Adds the outbox rows to <paramref name="db"/> without saving, so they are stored in the same transaction as the
    /// change they report: an event is published if and only if it happened.
    /// </summary>
    internal static async Task<int> StageAsync(DyadDbContext db, WebhookEventType type, object data, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        Stage(db, await EndpointsAsync(db, type, cancellationToken), type, data, now);

    /// <summary>The active endpoints that want <paramref name="type"/>: read once when many events of a kind are staged together.</summary>
    internal static async Task<IReadOnlyList<WebhookEndpoint>> EndpointsAsync(DyadDbContext db, WebhookEventType type,
        CancellationToken cancellationToken) =>
        (await db.WebhookEndpoints.AsNoTracking().Where(e => e.Active).ToListAsync(cancellationToken)).Where(e => e.Wants(type)).ToList();

    /// <summary><see cref="StageAsync"/> to endpoints already read.</summary>
    internal static int Stage(DyadDbContext db, IReadOnlyList<WebhookEndpoint> endpoints, WebhookEventType type, object data, DateTimeOffset now)
    {
        var deliveries = Deliveries(db.Scope.Required, endpoints, type, data, now);
        db.WebhookDeliveries.AddRange(deliveries);
        return deliveries.Count;
    }

    /// <summary>The outbox rows of one event to endpoints already read, for a caller that stores them in bulk itself.</summary>
    internal static IReadOnlyList<WebhookDelivery> Deliveries(Guid workspaceId, IReadOnlyList<WebhookEndpoint> endpoints, WebhookEventType type,
        object data, DateTimeOffset now)
    {
        if (endpoints.Count == 0)
        {
            return [];
        }
        var eventId = Guid.NewGuid();
        var payload = JsonSerializer.Serialize(new { id = eventId, type = type.Name(), createdAt = now, workspaceId, data }, PayloadJson);
        return endpoints.Select(e => new WebhookDelivery(e, eventId, type, payload, now)).ToList();
    }
}

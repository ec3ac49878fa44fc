using Dyad.Core.Actions.Webhooks;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Actions.Webhooks;

/// <param name="Secret">Shown to those who configure the workspace, who give it to the receiver to verify signatures.</param>
public sealed record WebhookView(Guid Id, string Url, string? Description, IReadOnlyList<string> Events, bool Active, string Secret,
    DateTimeOffset CreatedAt)
{
    internal static WebhookView Of(WebhookEndpoint e) => new(e.Id, e.Url, e.Description, e.Events, e.Active, e.Secret, e.CreatedAt);

    public WebhookDetails ToDetails() => new(Url, Events, Active, Description);
}

public sealed record WebhookDeliveryView(Guid Id, Guid EndpointId, Guid EventId, string EventType, WebhookDeliveryStatus Status, int Attempts,
    int? LastStatusCode, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt, string Payload)
{
    internal static WebhookDeliveryView Of(WebhookDelivery d) => new(d.Id, d.EndpointId, d.EventId, d.EventType, d.Status, d.Attempts,
        d.LastStatusCode, d.LastError, d.CreatedAt, d.LastAttemptAt, d.NextAttemptAt, d.DeliveredAt, d.Payload);
}

/// <summary>The workspace's webhook endpoints and their delivery log.</summary>
public sealed class WebhookService(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public const int MaxDeliveriesListed = 100;

    public async Task<IReadOnlyList<WebhookView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var endpoints = await db.WebhookEndpoints.AsNoTracking().ToListAsync(cancellationToken);
        return endpoints.OrderBy(e => e.CreatedAt).Select(WebhookView.Of).ToList();
    }

    public async Task<WebhookView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookEndpoints.AsNoTracking().Where(e => e.Id == id).Select(e => WebhookView.Of(e)).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<WebhookView> CreateAsync(WebhookDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var endpoint = new WebhookEndpoint(db.Scope.Required, details, clock.GetUtcNow());
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return WebhookView.Of(endpoint);
    }

    public Task<WebhookView?> UpdateAsync(Guid id, WebhookDetails details, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, e => e.Update(details), cancellationToken);

    public Task<WebhookView?> RotateSecretAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, e => e.RotateSecret(), cancellationToken);

    /// <summary>Removes the endpoint and its delivery log.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } endpoint)
        {
            return false;
        }
        db.WebhookEndpoints.Remove(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The delivery log's sort keys; <c>created_at</c> descending (newest first) unless asked otherwise.</summary>
    public static readonly CursorSort<WebhookDelivery> DeliverySorts = new CursorSort<WebhookDelivery>(d => d.Id)
        .By("created_at", d => d.CreatedAt, SortOrder.Desc)
        .By("delivered_at", d => d.DeliveredAt)
        .By("next_attempt_at", d => d.NextAttemptAt);

    /// <summary>A page of the endpoint's deliveries, optionally of one status; null when there is no such endpoint.</summary>
    public async Task<CursorPage<WebhookDeliveryView>?> DeliveriesAsync(Guid id, WebhookDeliveryStatus? status, CursorRequest page,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.WebhookEndpoints.AnyAsync(e => e.Id == id, cancellationToken))
        {
            return null;
        }
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == id);
        if (status is { } wanted)
        {
            deliveries = deliveries.Where(d => d.Status == wanted);
        }
        return (await DeliverySorts.PageAsync(deliveries, page, cancellationToken)).Select(WebhookDeliveryView.Of);
    }

    private async Task<WebhookView?> ChangeAsync(Guid id, Action<WebhookEndpoint> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } endpoint)
        {
            return null;
        }
        change(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return WebhookView.Of(endpoint);
    }
}

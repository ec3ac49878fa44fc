using Dyad.Core.Actions.Webhooks;
using Dyad.Core.Workspaces;
using Dyad.Data.Actions.Webhooks;
using Dyad.Data.Common;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Actions;

/// <summary>Outgoing webhooks: endpoints with their signing secret, and each endpoint's delivery log. Configurers only, as the secrets are shown.</summary>
public static class WebhooksApi
{
    private const string GetWebhookRoute = "GetWebhook";

    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequirePermission(Permission.Configure);
        webhooks.MapGet("/", async (WebhookService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .Unpaged("An administrator subscribes a few receivers, read whole.")
            .WithSummary("The workspace's webhook endpoints.");
        webhooks.MapGet("/{id:guid}", GetAsync).HasETag<WebhookEndpoint>().WithName(GetWebhookRoute).WithSummary("One endpoint.");
        webhooks.MapPost("/", CreateAsync).WithoutIdempotencyKey(IdempotencyConventions.SecretShownOnce)
            .WithSummary("Adds an endpoint for events action.created, action.closed and/or alert.fired; the response holds its signing secret.")
            .WithDescription("Each delivery is a POST of JSON {id, type, createdAt, workspaceId, data} with the header " +
                             "Dyad-Signature: t={unix seconds},v1={hex HMAC-SHA256 of \"{t}.{body}\" keyed with the secret}. " +
                             "A 2xx answer delivers it; anything else is retried with exponential back-off.");
        webhooks.MapPut("/{id:guid}", UpdateAsync).HasETag<WebhookEndpoint>().WithSummary("Changes the URL, events, description or active flag.");
        webhooks.MapPost("/{id:guid}/secret", RotateAsync).WithoutIdempotencyKey(IdempotencyConventions.SecretShownOnce).WithSummary("Replaces the signing secret; deliveries from now on are signed with the new one.");
        webhooks.MapDelete("/{id:guid}", DeleteAsync).HasETag<WebhookEndpoint>().WithSummary("Removes the endpoint and its delivery log.");
        webhooks.MapGet("/{id:guid}/deliveries", DeliveriesAsync).WithNextLink()
            .WithSummary("The endpoint's deliveries a page at a time: status, attempts, last HTTP status, next attempt; ?status= keeps one outcome; " +
                         "sort by created_at (default, newest first), delivered_at or next_attempt_at.");
        return app;
    }

    private static async Task<Results<Ok<WebhookView>, NotFound>> GetAsync(Guid id, WebhookService service, CancellationToken ct) =>
        Found(await service.GetAsync(id, ct));

    private static async Task<CreatedAtRoute<WebhookView>> CreateAsync(WebhookDetails details, WebhookService service, CancellationToken ct)
    {
        var webhook = await service.CreateAsync(details, ct);
        return TypedResults.CreatedAtRoute(webhook, GetWebhookRoute, new { id = webhook.Id });
    }

    private static async Task<Results<Ok<WebhookView>, NotFound>> UpdateAsync(Guid id, WebhookDetails details, WebhookService service,
        CancellationToken ct) =>
        Found(await service.UpdateAsync(id, details, ct));

    private static async Task<Results<Ok<WebhookView>, NotFound>> RotateAsync(Guid id, WebhookService service, CancellationToken ct) =>
        Found(await service.RotateSecretAsync(id, ct));

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, WebhookService service, CancellationToken ct) =>
        await service.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<CursorPage<WebhookDeliveryView>>, NotFound>> DeliveriesAsync(Guid id, string? status, [AsParameters] PageQuery page,
        WebhookService service, CancellationToken ct) =>
        await service.DeliveriesAsync(id, QueryValues.Enum<WebhookDeliveryStatus>(status, nameof(status)), page.ToRequest(), ct) is { } deliveries
            ? TypedResults.Ok(deliveries)
            : TypedResults.NotFound();

    private static Results<Ok<WebhookView>, NotFound> Found(WebhookView? webhook) =>
        webhook is null ? TypedResults.NotFound() : TypedResults.Ok(webhook);
}

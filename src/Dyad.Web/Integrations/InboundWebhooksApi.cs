using Dyad.Core.Integrations;
using Dyad.Core.Workspaces;
using Dyad.Data.Common;
using Dyad.Data.Integrations;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Web.Integrations;

/// <summary>
/// Incoming webhooks: configurers manage endpoints under /api/v1/webhooks/inbound; ticketing and CRM systems post to an
/// endpoint's secret address /api/v1/inbound/{token}, without signing in.
/// </summary>
public static class InboundWebhooksApi
{
    /// <summary>Bodies beyond this are refused before they are read whole: a ticket or deal is a few kilobytes.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private const string GetRoute = "GetInboundWebhook";

    public static IEndpointRouteBuilder MapInboundWebhooksApi(this IEndpointRouteBuilder app)
    {
        var inbound = app.MapGroup("/api/v1/webhooks/inbound").WithTags("Webhooks").RequirePermission(Permission.Configure);
        inbound.MapGet("/", async (InboundEndpointService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .Unpaged("An administrator sets up one endpoint per connected system: a few, read whole.")
            .WithSummary("The workspace's inbound endpoints.");
        inbound.MapGet("/presets", () => TypedResults.Ok(InboundPresets.All)).Unpaged("The presets Dyad ships, fixed in code.")
            .WithSummary("Ready mappings for a Zendesk ticket and a HubSpot deal, each with a sample payload of its shape.");
        inbound.MapGet("/{id:guid}", GetAsync).HasETag<InboundEndpoint>().WithName(GetRoute).WithSummary("One inbound endpoint.");
        inbound.MapPost("/", CreateAsync).WithoutIdempotencyKey(IdempotencyConventions.SecretShownOnce)
            .WithSummary("Adds an inbound endpoint; the response holds its secret address, shown this once.")
            .WithDescription("The mapping gives, per occurrence field, a path into the payload such as $.ticket.id, with alternatives " +
                             "separated by | and an optional quoted constant last ($.tp | 'Kick-off meeting'). With signatureHeader set, each " +
                             "body must carry the base64 or hex HMAC-SHA256 of the body (of timestamp + body when timestampHeader is set) " +
                             "keyed with signingSecret.");
        inbound.MapPut("/{id:guid}", UpdateAsync).HasETag<InboundEndpoint>().WithSummary("Changes the name, mapping, signature check or active flag; a null signingSecret keeps the stored one.");
        inbound.MapPost("/{id:guid}/address", NewAddressAsync).WithoutIdempotencyKey(IdempotencyConventions.SecretShownOnce).WithSummary("Gives the endpoint a new secret address; the old one stops working.");
        inbound.MapDelete("/{id:guid}", DeleteAsync).HasETag<InboundEndpoint>().WithSummary("Removes the endpoint and its delivery log; the occurrences it made stay.");
        inbound.MapGet("/{id:guid}/deliveries", DeliveriesAsync).WithNextLink()
            .WithSummary("The endpoint's deliveries a page at a time, newest first (sort=received_at): accepted, duplicate or rejected with the reason; ?status= keeps one outcome.");
        inbound.MapPost("/try", async (InboundTrialRequest request, InboundEndpointService service, CancellationToken ct) =>
                TypedResults.Ok(await service.TryAsync(request, ct)))
            .WithSummary("Reads a payload through a mapping and says where the occurrence would land, storing nothing.");

        app.MapPost("/api/v1/inbound/{token}", ReceiveAsync).AllowAnonymous().WithTags("Webhooks")
            .Produces(StatusCodes.Status401Unauthorized).Produces(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Receives a delivery from another system at an endpoint's secret address and records a touchpoint occurrence.")
            .WithDescription("201 with the occurrence; 200 when the external id was received before (nothing new is made); 401 for a " +
                             "missing or wrong signature or a stale timestamp; 400 for a body that is not JSON; 422 problem details naming " +
                             "each mapping path that found nothing, or the account or touchpoint that could not be found; 404 for an " +
                             "unknown address.");
        return app;
    }

    private static async Task<Results<Ok<InboundEndpointView>, NotFound>> GetAsync(Guid id, InboundEndpointService service, CancellationToken ct) =>
        await service.GetAsync(id, ct) is { } endpoint ? TypedResults.Ok(endpoint) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<InboundEndpointAddress>> CreateAsync(InboundEndpointDetails details, InboundEndpointService service,
        CancellationToken ct)
    {
        var created = await service.CreateAsync(details, ct);
        return TypedResults.CreatedAtRoute(created, GetRoute, new { id = created.Endpoint.Id });
    }

    private static async Task<Results<Ok<InboundEndpointView>, NotFound>> UpdateAsync(Guid id, InboundEndpointDetails details,
        InboundEndpointService service, CancellationToken ct) =>
        await service.UpdateAsync(id, details, ct) is { } endpoint ? TypedResults.Ok(endpoint) : TypedResults.NotFound();

    private static async Task<Results<Ok<InboundEndpointAddress>, NotFound>> NewAddressAsync(Guid id, InboundEndpointService service,
        CancellationToken ct) =>
        await service.NewAddressAsync(id, ct) is { } address ? TypedResults.Ok(address) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, InboundEndpointService service, CancellationToken ct) =>
        await service.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<CursorPage<InboundDeliveryView>>, NotFound>> DeliveriesAsync(Guid id, string? status, [AsParameters] PageQuery page,
        InboundEndpointService service, CancellationToken ct) =>
        await service.DeliveriesAsync(id, QueryValues.Enum<InboundDeliveryStatus>(status, nameof(status)), page.ToRequest(), ct) is { } deliveries
            ? TypedResults.Ok(deliveries)
            : TypedResults.NotFound();

    private static async Task<Results<Created<InboundOutcome>, Ok<InboundOutcome>, ProblemHttpResult>> ReceiveAsync(string token,
        HttpRequest request, InboundReceiver receiver, CancellationToken ct)
    {
        if (request.ContentLength is > MaxBodyBytes)
        {
            return TypedResults.Problem($"A delivery is at most {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBodyBytes)
        {
            return TypedResults.Problem($"A delivery is at most {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        var outcome = await receiver.ReceiveAsync(token, name => request.Headers.TryGetValue(name, out var value) ? value.ToString() : null,
            buffer.ToArray(), ct);
        if (outcome is null)
        {
            return TypedResults.Problem("No inbound endpoint has this address.", statusCode: StatusCodes.Status404NotFound);
        }
        return outcome.Status switch
        {
            InboundDeliveryStatus.Accepted => TypedResults.Created((string?)null, outcome),
            InboundDeliveryStatus.Duplicate => TypedResults.Ok(outcome),
            _ => TypedResults.Problem(new ProblemDetails
            {
                Status = outcome.StatusCode,
                Title = outcome.StatusCode == StatusCodes.Status422UnprocessableEntity
                    ? "The payload does not fit the endpoint's mapping."
                    : "The delivery was refused.",
                Detail = outcome.Reason,
                Extensions =
                {
                    ["deliveryId"] = outcome.DeliveryId,
                    ["errors"] = outcome.Errors ?? new Dictionary<string, string[]>(),
                },
            }),
        };
    }
}

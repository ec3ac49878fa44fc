using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data.Journeys;
using Dyad.Data.Touchpoints;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Touchpoints;

public static class TouchpointsApi
{
    public static IEndpointRouteBuilder MapTouchpointsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/journeys/{journeyId:guid}/touchpoints", CreateAsync)
            .WithTags("Touchpoints").RequirePermission(Permission.Contribute)
            .WithSummary("Adds a touchpoint to a phase of the journey.");

        var touchpoints = app.MapGroup("/api/v1/touchpoints").WithTags("Touchpoints").RequirePermission(Permission.Read);
        touchpoints.MapGet("/{id:guid}", GetAsync).HasETag<Touchpoint>().WithName("GetTouchpoint");
        touchpoints.MapPut("/{id:guid}", UpdateAsync).HasETag<Touchpoint>().RequirePermission(Permission.Contribute);
        touchpoints.MapDelete("/{id:guid}", DeleteAsync).HasETag<Touchpoint>().RequirePermission(Permission.Contribute);
        return app;
    }

    private static async Task<Results<CreatedAtRoute<TouchpointView>, NotFound>> CreateAsync(Guid journeyId, TouchpointDetails details, TouchpointService touchpoints, CancellationToken ct) =>
        await touchpoints.CreateAsync(journeyId, details, ct) is { } created
            ? TypedResults.CreatedAtRoute(created, "GetTouchpoint", new { id = created.Id })
            : TypedResults.NotFound();

    private static async Task<Results<Ok<TouchpointView>, NotFound>> GetAsync(Guid id, TouchpointService touchpoints, CancellationToken ct) =>
        await touchpoints.GetAsync(id, ct) is { } touchpoint ? TypedResults.Ok(touchpoint) : TypedResults.NotFound();

    private static async Task<Results<Ok<TouchpointView>, NotFound>> UpdateAsync(Guid id, TouchpointDetails details, TouchpointService touchpoints, CancellationToken ct) =>
        await touchpoints.UpdateAsync(id, details, ct) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, TouchpointService touchpoints, CancellationToken ct) =>
        await touchpoints.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

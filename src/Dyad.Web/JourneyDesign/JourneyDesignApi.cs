using System.Security.Claims;
using Dyad.Core.Workspaces;
using Dyad.Data.JourneyDesign;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.JourneyDesign;

public static class JourneyDesignApi
{
    public static IEndpointRouteBuilder MapJourneyDesignApi(this IEndpointRouteBuilder app)
    {
        var design = app.MapGroup("/api/v1/templates/{id:guid}/design").WithTags("Journey design").RequirePermission(Permission.Read);
        design.MapGet("/", GetAsync)
            .WithSummary("The template's map: phases, touchpoints with controller, lane and owner, the practices that worked and the pain points " +
                         "at each, and the target state with its change list when one is drafted.");
        var target = design.MapGroup("/target").RequirePermission(Permission.Configure);
        target.MapPost("/", StartAsync).WithSummary("Starts a target state as a copy of the current map.");
        target.MapPut("/", ReviseAsync).WithoutETag("The target state's version in the body guards it (409 when stale).")
            .WithSummary("Replaces the target state's phases and touchpoints; give the version read, so a concurrent edit is not overwritten.");
        target.MapDelete("/", DiscardAsync).WithoutETag("The target state's version in the body guards it (409 when stale).").WithSummary("Discards the target state; the current map stays as it is.");
        target.MapPost("/adopt", AdoptAsync)
            .WithSummary("Applies the target state to the template and its map at once, and returns the changes applied.");
        return app;
    }

    private static async Task<Results<Ok<JourneyDesignView>, NotFound>> GetAsync(Guid id, JourneyDesignService designs, CancellationToken ct) =>
        Found(await designs.GetAsync(id, ct));

    private static async Task<Results<Ok<JourneyDesignView>, NotFound>> StartAsync(Guid id, JourneyDesignService designs, ClaimsPrincipal user, CancellationToken ct) =>
        Found(await designs.StartTargetAsync(id, user.ToActor(), ct));

    private static async Task<Results<Ok<JourneyDesignView>, NotFound>> ReviseAsync(
        Guid id, TargetStateEdit edit, JourneyDesignService designs, ClaimsPrincipal user, CancellationToken ct) =>
        Found(await designs.ReviseTargetAsync(id, edit, user.ToActor(), ct));

    private static async Task<Results<Ok<JourneyDesignView>, NotFound>> DiscardAsync(Guid id, int version, JourneyDesignService designs, CancellationToken ct) =>
        Found(await designs.DiscardTargetAsync(id, version, ct));

    private static async Task<Results<Ok<AdoptedTargetState>, NotFound>> AdoptAsync(
        Guid id, AdoptTargetState request, JourneyDesignService designs, ClaimsPrincipal user, CancellationToken ct) =>
        await designs.AdoptAsync(id, request, user.ToActor(), ct) is { } adopted ? TypedResults.Ok(adopted) : TypedResults.NotFound();

    private static Results<Ok<JourneyDesignView>, NotFound> Found(JourneyDesignView? view) =>
        view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
}

using System.Security.Claims;
using Dyad.Core.Common;
using Dyad.Core.Initiatives;
using Dyad.Core.Workspaces;
using Dyad.Data.Initiatives;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Initiatives;

public static class InitiativesApi
{
    public static IEndpointRouteBuilder MapInitiativesApi(this IEndpointRouteBuilder app)
    {
        var initiatives = app.MapGroup("/api/v1/initiatives").WithTags("Initiatives").RequirePermission(Permission.Read);
        initiatives.MapGet("/", ListAsync)
            .WithSummary("The workspace's improvement initiatives, newest first, and how many areas a quarter may prioritise.");
        initiatives.MapGet("/{id:guid}", GetAsync).HasETag<Initiative>().WithName("GetInitiative")
            .WithSummary("An initiative with its stages and its before/after measurement computed from the responses in its scope.");
        initiatives.MapPost("/", CreateAsync).RequirePermission(Permission.Configure)
            .WithSummary("Starts a responsive or proactive initiative; its stages follow from its kind.");
        initiatives.MapPut("/{id:guid}", UpdateAsync).HasETag<Initiative>().RequirePermission(Permission.Configure);
        initiatives.MapDelete("/{id:guid}", DeleteAsync).HasETag<Initiative>().RequirePermission(Permission.Configure);
        initiatives.MapPut("/{id:guid}/stages/{stage}", SetStageAsync).HasETag<Initiative>("id").RequirePermission(Permission.Contribute)
            .WithSummary("Sets a stage's owner, due date and note, and completes or reopens it.");
        initiatives.MapPut("/{id:guid}/priority", PrioritiseAsync).HasETag<Initiative>("id").RequirePermission(Permission.Configure)
            .WithSummary("Prioritises the initiative in a quarter (\"2026-Q4\"), refused once the quarter holds its limit; an empty quarter clears it.");
        return app;
    }

    private static async Task<Ok<InitiativeList>> ListAsync(InitiativeService initiatives, CancellationToken ct) =>
        TypedResults.Ok(await initiatives.ListAsync(ct));

    private static async Task<Results<Ok<InitiativeView>, NotFound>> GetAsync(Guid id, InitiativeService initiatives, CancellationToken ct) =>
        Found(await initiatives.GetAsync(id, ct));

    private static async Task<CreatedAtRoute<InitiativeView>> CreateAsync(
        InitiativeDetails details, InitiativeService initiatives, ClaimsPrincipal user, CancellationToken ct)
    {
        var created = await initiatives.CreateAsync(details, user.ToActor(), ct);
        return TypedResults.CreatedAtRoute(created, "GetInitiative", new { id = created.Id });
    }

    private static async Task<Results<Ok<InitiativeView>, NotFound>> UpdateAsync(
        Guid id, InitiativeDetails details, InitiativeService initiatives, CancellationToken ct) =>
        Found(await initiatives.UpdateAsync(id, details, ct));

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, InitiativeService initiatives, CancellationToken ct) =>
        await initiatives.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<InitiativeView>, NotFound>> SetStageAsync(
        Guid id, string stage, StageUpdate update, InitiativeService initiatives, ClaimsPrincipal user, CancellationToken ct) =>
        Found(await initiatives.SetStageAsync(id,
            EnumText.TryParse<InitiativeStage>(stage, out var parsed)
                ? parsed
                : throw DomainValidationException.For(nameof(stage), $"'{stage}' is not a stage; stages are {string.Join(", ", Enum.GetValues<InitiativeStage>().Select(s => s.ToText()))}."),
            update, user.ToActor(), ct));

    private static async Task<Results<Ok<InitiativeView>, NotFound>> PrioritiseAsync(
        Guid id, Prioritisation prioritisation, InitiativeService initiatives, CancellationToken ct) =>
        Found(await initiatives.PrioritiseAsync(id, prioritisation, ct));

    private static Results<Ok<InitiativeView>, NotFound> Found(InitiativeView? view) =>
        view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
}

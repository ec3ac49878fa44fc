using System.Security.Claims;
using Dyad.Core.Journeys;
using Dyad.Core.Workspaces;
using Dyad.Data.Journeys;
using Dyad.Data.Touchpoints;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Journeys;

public sealed record JourneyRename(string Name);

public static class JourneysApi
{
    public static IEndpointRouteBuilder MapJourneysApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/accounts/{accountId:guid}/journeys", StartAsync)
            .WithTags("Journeys").RequirePermission(Permission.ManageAccounts)
            .WithSummary("Starts a journey for the account in the first phase of a template.");

        var journeys = app.MapGroup("/api/v1/journeys").WithTags("Journeys").RequirePermission(Permission.Read);
        journeys.MapGet("/{id:guid}", GetAsync).HasETag<Journey>().WithName("GetJourney")
            .WithSummary("A journey with its phases, phase history, touchpoints and success (the product of touchpoint success rates).");
        journeys.MapPut("/{id:guid}", RenameAsync).HasETag<Journey>().RequirePermission(Permission.ManageAccounts);
        journeys.MapDelete("/{id:guid}", DeleteAsync).HasETag<Journey>().RequirePermission(Permission.ManageAccounts);
        journeys.MapPost("/{id:guid}/phase", MoveAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Moves the journey to another phase of its template, forward or back; the move is kept in its history.");

        var templates = app.MapGroup("/api/v1/templates").WithTags("Journey templates").RequirePermission(Permission.Read);
        templates.MapGet("/", ListTemplatesAsync).Unpaged("A workspace designs a few journey templates, read whole to pick one.");
        templates.MapGet("/{id:guid}", GetTemplateAsync).HasETag<JourneyTemplate>().WithName("GetTemplate");
        templates.MapPost("/", CreateTemplateAsync).RequirePermission(Permission.Configure);
        templates.MapPut("/{id:guid}", ReviseTemplateAsync).HasETag<JourneyTemplate>().RequirePermission(Permission.Configure)
            .WithSummary("Renames a workspace template and rewrites its phases; phases in use can be renamed or added, not removed.");
        templates.MapDelete("/{id:guid}", DeleteTemplateAsync).HasETag<JourneyTemplate>().RequirePermission(Permission.Configure);
        templates.MapGet("/{id:guid}/touchpoints", TemplateTouchpointsAsync)
            .WithSummary("All touchpoints of the journeys following the template, for the controller x phase matrix.");
        return app;
    }

    private static async Task<Results<CreatedAtRoute<JourneyView>, NotFound>> StartAsync(
        Guid accountId, NewJourney request, JourneyService journeys, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await journeys.StartAsync(accountId, request, user.ToActor(), ct) is not { } id)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.CreatedAtRoute((await journeys.GetAsync(id, ct))!, "GetJourney", new { id });
    }

    private static async Task<Results<Ok<JourneyView>, NotFound>> GetAsync(Guid id, JourneyService journeys, CancellationToken ct) =>
        await journeys.GetAsync(id, ct) is { } journey ? TypedResults.Ok(journey) : TypedResults.NotFound();

    private static async Task<Results<Ok<JourneyView>, NotFound>> RenameAsync(Guid id, JourneyRename request, JourneyService journeys, CancellationToken ct) =>
        await journeys.RenameAsync(id, request.Name, ct) ? TypedResults.Ok((await journeys.GetAsync(id, ct))!) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, JourneyService journeys, CancellationToken ct) =>
        await journeys.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<JourneyView>, NotFound>> MoveAsync(
        Guid id, PhaseMove move, JourneyService journeys, ClaimsPrincipal user, CancellationToken ct) =>
        await journeys.MoveAsync(id, move, user.ToActor(), ct) ? TypedResults.Ok((await journeys.GetAsync(id, ct))!) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<TemplateView>>> ListTemplatesAsync(JourneyTemplateService templates, CancellationToken ct) =>
        TypedResults.Ok(await templates.ListAsync(ct));

    private static async Task<Results<Ok<TemplateView>, NotFound>> GetTemplateAsync(Guid id, JourneyTemplateService templates, CancellationToken ct) =>
        await templates.GetAsync(id, ct) is { } template ? TypedResults.Ok(template) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<TemplateView>> CreateTemplateAsync(TemplateDraft draft, JourneyTemplateService templates, CancellationToken ct)
    {
        var created = await templates.CreateAsync(draft, ct);
        return TypedResults.CreatedAtRoute(created, "GetTemplate", new { id = created.Id });
    }

    private static async Task<Results<Ok<TemplateView>, NotFound>> ReviseTemplateAsync(Guid id, TemplateDraft draft, JourneyTemplateService templates, CancellationToken ct) =>
        await templates.ReviseAsync(id, draft, ct) is { } revised ? TypedResults.Ok(revised) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteTemplateAsync(Guid id, JourneyTemplateService templates, CancellationToken ct) =>
        await templates.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<TemplateTouchpoints>, NotFound>> TemplateTouchpointsAsync(Guid id, TouchpointService touchpoints, CancellationToken ct) =>
        await touchpoints.ForTemplateAsync(id, ct) is { } matrix ? TypedResults.Ok(matrix) : TypedResults.NotFound();
}

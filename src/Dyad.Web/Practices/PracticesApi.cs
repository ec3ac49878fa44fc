using Dyad.Core.Practices;
using Dyad.Core.Workspaces;
using Dyad.Data.Practices;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Practices;

/// <summary>The workspace's practice catalogue: the built-in practices of 000 and 001 and its own.</summary>
public static class PracticesApi
{
    public static IEndpointRouteBuilder MapPracticesApi(this IEndpointRouteBuilder app)
    {
        var practices = app.MapGroup("/api/v1/practices").WithTags("Practices").RequirePermission(Permission.Read);
        practices.MapGet("/", ListAsync)
            .Unpaged("The practice catalogue: the 000 practices and the few a workspace adds, read whole as a catalogue.").WithSummary("The catalogue, facilitating practices first, with how often each is used in events.");
        practices.MapGet("/{id:guid}", GetAsync).HasETag<Practice>().WithName("GetPractice");
        practices.MapPost("/", CreateAsync).RequirePermission(Permission.Configure)
            .WithSummary("Adds a practice of the workspace's own; names and aliases must not name another practice.");
        practices.MapPut("/{id:guid}", ReviseAsync).HasETag<Practice>().RequirePermission(Permission.Configure)
            .WithSummary("Revises a practice. Built-in practices keep their name and polarity; their description, aliases and dimension can change.");
        practices.MapDelete("/{id:guid}", DeleteAsync).HasETag<Practice>().RequirePermission(Permission.Configure)
            .WithSummary("Deletes a practice of the workspace's own that no event uses; built-in practices stay.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PracticeView>>> ListAsync(PracticeService practices, CancellationToken ct) =>
        TypedResults.Ok(await practices.ListAsync(ct));

    private static async Task<Results<Ok<PracticeView>, NotFound>> GetAsync(Guid id, PracticeService practices, CancellationToken ct) =>
        await practices.GetAsync(id, ct) is { } practice ? TypedResults.Ok(practice) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<PracticeView>> CreateAsync(PracticeDraft draft, PracticeService practices, CancellationToken ct)
    {
        var created = await practices.CreateAsync(draft, ct);
        return TypedResults.CreatedAtRoute(created, "GetPractice", new { id = created.Id });
    }

    private static async Task<Results<Ok<PracticeView>, NotFound>> ReviseAsync(Guid id, PracticeDraft draft, PracticeService practices, CancellationToken ct) =>
        await practices.ReviseAsync(id, draft, ct) is { } revised ? TypedResults.Ok(revised) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, PracticeService practices, CancellationToken ct) =>
        await practices.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

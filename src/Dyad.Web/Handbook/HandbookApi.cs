using System.Security.Claims;
using Dyad.Core.Workspaces;
using Dyad.Data.Handbook;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Handbook;

public static class HandbookApi
{
    public static IEndpointRouteBuilder MapHandbookApi(this IEndpointRouteBuilder app)
    {
        var handbook = app.MapGroup("/api/v1/handbook").WithTags("Employee handbook").RequirePermission(Permission.Read);
        handbook.MapGet("/", GetAsync).WithSummary("The handbook with its version and sections; 404 until it is first generated.");
        handbook.MapPost("/regenerate", RegenerateAsync).RequirePermission(Permission.Configure)
            .WithSummary("Generates the handbook from the workspace's insights, keeping edited sections (flagged when their generated text changed); {\"version\":n} refuses a stale read.");
        handbook.MapPut("/sections/{key}", EditAsync).WithoutETag("The handbook's own version in the body guards the edit (409 when stale).").RequirePermission(Permission.Configure)
            .WithSummary("Replaces a section's Markdown; {\"markdown\":\"...\",\"version\":n}, 409 when the handbook changed since version n.");
        handbook.MapPost("/sections/{key}/revert", RevertAsync).RequirePermission(Permission.Configure)
            .WithSummary("Drops the manual text of a section for the generated one; {\"version\":n}.");
        handbook.MapGet("/versions", VersionsAsync)
            .Unpaged("The one handbook's numbered versions, a new one per edit, listed whole to compare any two.").WithSummary("Every version with who and when, newest first.");
        handbook.MapGet("/versions/{number:int}", VersionAsync).WithoutETag("A past version never changes.").WithSummary("One version's sections as they read then.");
        handbook.MapGet("/versions/compare", CompareAsync).WithSummary("The sections that differ between two versions (?from=1&to=3), line by line.");
        handbook.MapGet("/export", ExportAsync).WithSummary("The handbook as a file, ?format=pdf (default) or md; ?version=n for an earlier one.");
        return app;
    }

    private static async Task<Results<Ok<HandbookView>, NotFound>> GetAsync(HandbookService handbooks, CancellationToken ct) =>
        await handbooks.GetAsync(ct) is { } handbook ? TypedResults.Ok(handbook) : TypedResults.NotFound();

    private static async Task<Ok<RegenerationResult>> RegenerateAsync(HandbookService handbooks, ClaimsPrincipal user, CancellationToken ct,
        VersionedChange? change = null) =>
        TypedResults.Ok(await handbooks.RegenerateAsync(change?.Version, user.ToActor(), ct));

    private static async Task<Results<Ok<HandbookView>, NotFound>> EditAsync(string key, SectionEdit edit, HandbookService handbooks,
        ClaimsPrincipal user, CancellationToken ct) =>
        await handbooks.EditAsync(key, edit, user.ToActor(), ct) is { } handbook ? TypedResults.Ok(handbook) : TypedResults.NotFound();

    private static async Task<Results<Ok<HandbookView>, NotFound>> RevertAsync(string key, VersionedChange change, HandbookService handbooks,
        ClaimsPrincipal user, CancellationToken ct) =>
        await handbooks.RevertAsync(key, change, user.ToActor(), ct) is { } handbook ? TypedResults.Ok(handbook) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<HandbookVersionSummary>>> VersionsAsync(HandbookService handbooks, CancellationToken ct) =>
        TypedResults.Ok(await handbooks.VersionsAsync(ct));

    private static async Task<Results<Ok<HandbookVersionView>, NotFound>> VersionAsync(int number, HandbookService handbooks, CancellationToken ct) =>
        await handbooks.VersionAsync(number, ct) is { } version ? TypedResults.Ok(version) : TypedResults.NotFound();

    private static async Task<Results<Ok<HandbookComparison>, NotFound>> CompareAsync(int from, int to, HandbookService handbooks, CancellationToken ct) =>
        await handbooks.CompareAsync(from, to, ct) is { } comparison ? TypedResults.Ok(comparison) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(HandbookService handbooks, CancellationToken ct,
        string? format = null, int? version = null) =>
        await handbooks.ExportAsync(format, version, ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();
}

using Dyad.Core.Events;
using Dyad.Core.Workspaces;
using Dyad.Data.Events;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Events;

/// <summary>Quotes, notes and documents behind an event, and the first-order codes put on them.</summary>
public static class EvidenceApi
{
    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        // Permissions add up (a group's and an endpoint's must both hold), so the group asks only for reading.
        var evidence = app.MapGroup("/api/v1/events/{id:guid}/evidence").WithTags("Evidence").RequirePermission(Permission.Read);
        evidence.MapPost("/", AddAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Adds a quote or field note to the event; documents need a file and go to /evidence/file.");
        evidence.MapPost("/file", UploadAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Uploads a file (a document, or the original of a quote or note) as a multipart form.")
            .WithDescription("Form fields: file (required), kind (quote, note or document; document when absent), text, source, page. " +
                             $"Accepted types: {EvidenceFiles.AllowedExtensions}; at most {EvidenceFiles.MaximumBytes / 1024 / 1024} MB. " +
                             $"Like every form post, it needs an antiforgery token from GET {AntiforgeryApi.Route}, sent in the header " +
                             "that response names, together with the cookie it set.");
        evidence.MapGet("/{evidenceId:guid}/file", DownloadAsync)
            .WithSummary("Downloads the evidence's file with its original name and type.");
        evidence.MapDelete("/{evidenceId:guid}", RemoveAsync).HasETag<Evidence>().RequirePermission(Permission.Contribute)
            .WithSummary("Removes the evidence, its codings and its file.");
        evidence.MapPost("/{evidenceId:guid}/codes", CodeAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Puts a first-order code on the evidence by label; a new label creates the code, not yet grouped into a practice.");
        evidence.MapDelete("/{evidenceId:guid}/codes/{codeId:guid}", UncodeAsync).WithoutETag("Removes a pairing of evidence and code, which has nothing to lose to a concurrent edit.").RequirePermission(Permission.Contribute)
            .WithSummary("Takes a code off the evidence; the code stays in the data structure.");
        return app;
    }

    private static async Task<Results<CreatedAtRoute<EvidenceView>, NotFound>> AddAsync(
        Guid id, EvidenceDetails details, EvidenceService evidence, EventService events, CancellationToken ct) =>
        await evidence.AddAsync(id, details, cancellationToken: ct) is { } evidenceId
            ? TypedResults.CreatedAtRoute(await ViewAsync(events, id, evidenceId, ct), EventsApi.GetEventRoute, new { id })
            : TypedResults.NotFound();

    private static async Task<Results<CreatedAtRoute<EvidenceView>, NotFound>> UploadAsync(
        Guid id, [AsParameters] EvidenceFileForm form, EvidenceService evidence, EventService events, CancellationToken ct)
    {
        var (details, file) = form.Read();
        await using var content = file.OpenReadStream();
        return await evidence.AddAsync(id, details, new EvidenceUpload(file.FileName, content, file.Length), ct) is { } evidenceId
            ? TypedResults.CreatedAtRoute(await ViewAsync(events, id, evidenceId, ct), EventsApi.GetEventRoute, new { id })
            : TypedResults.NotFound();
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> DownloadAsync(Guid id, Guid evidenceId, EvidenceService evidence, CancellationToken ct) =>
        await evidence.DownloadAsync(id, evidenceId, ct) is { } download
            ? TypedResults.File(download.Content, download.ContentType, download.FileName)
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RemoveAsync(Guid id, Guid evidenceId, EvidenceService evidence, CancellationToken ct) =>
        await evidence.RemoveAsync(id, evidenceId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<CodeView>, NotFound>> CodeAsync(Guid id, Guid evidenceId, CodeRequest request, EvidenceService evidence, CancellationToken ct) =>
        await evidence.CodeAsync(id, evidenceId, request, ct) is { } code ? TypedResults.Ok(code) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> UncodeAsync(Guid id, Guid evidenceId, Guid codeId, EvidenceService evidence, CancellationToken ct) =>
        await evidence.UncodeAsync(id, evidenceId, codeId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<EvidenceView> ViewAsync(EventService events, Guid eventId, Guid evidenceId, CancellationToken ct) =>
        (await events.GetAsync(eventId, ct))!.Evidence.Single(e => e.Id == evidenceId);
}

using Dyad.Core.Common;
using Dyad.Core.Ingestion;
using Dyad.Core.Workspaces;
using Dyad.Data.Common;
using Dyad.Data.Ingestion;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Web.Imports;

/// <summary>
/// Bulk files through the API: the request body is the file, CSV or JSON Lines by its content type, imported all or
/// nothing by the same pipeline as <c>dyad import</c>; and the list of import runs.
/// </summary>
public static class ImportsApi
{
    /// <summary>Files larger than this go through <c>dyad import --resume</c>, which streams and commits in batches.</summary>
    public const long MaximumBodyBytes = 100 * 1024 * 1024;

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/v1/imports").WithTags("Imports").RequirePermission(Permission.Read);
        imports.MapGet("/", ListAsync).WithNextLink()
            .WithSummary("The workspace's import runs a page at a time: file, hash, status, checkpoint and counts; ?status=&entity=; " +
                         "sort by started_at (default, latest first), finished_at or file_name.");
        foreach (var entity in Enum.GetValues<ImportEntity>())
        {
            imports.MapPost($"/{entity.ToText()}", (HttpRequest request, Guid? survey, BulkImport bulk, CancellationToken ct) =>
                    ImportAsync(entity, request, survey, bulk, ct))
                .RequirePermission(entity == ImportEntity.Accounts ? Permission.ManageAccounts : Permission.Contribute)
                .Accepts<string>(ImportFormats.CsvContentType, ImportFormats.ContentTypes.Keys.Where(t => t != ImportFormats.CsvContentType).ToArray())
                .WithSummary($"Imports a file of {entity.ToLabel()}, all or nothing; a second import of the same file changes nothing.")
                .WithDescription("The body is the file: Content-Type text/csv (a header row naming the columns) or application/jsonl " +
                                 "(one JSON object per line, the same field names)" +
                                 (entity == ImportEntity.Responses ? "; ?survey={id} names the open survey" : "") +
                                 ". Returns the counts inserted, updated and unchanged. A file with problems is a 422 whose errors " +
                                 "are keyed 'row 3, column score' (CSV, the header being row 1) or 'line 3, field score' (JSON Lines); " +
                                 "then nothing is stored. Fields and natural keys: docs/ingestion.md.");
        }
        return app;
    }

    private static async Task<Ok<CursorPage<ImportRunView>>> ListAsync(string? status, string? entity, [AsParameters] PageQuery page, BulkImport bulk,
        CancellationToken ct) =>
        TypedResults.Ok(await bulk.PageRunsAsync(QueryValues.Enum<ImportRunStatus>(status, nameof(status)), QueryValues.Enum<ImportEntity>(entity, nameof(entity)),
            page.ToRequest(), ct));

    private static async Task<Results<Ok<ImportSummary>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        ImportEntity entity, HttpRequest request, Guid? survey, BulkImport bulk, CancellationToken ct)
    {
        // The endpoint accepts only these content types; any other is a 415 before it gets here.
        var format = ImportFormats.FromContentType(request.ContentType)
                     ?? throw new InvalidOperationException($"Content type {request.ContentType} got past the endpoint's Accepts.");
        if (request.ContentLength > MaximumBodyBytes)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["file"] = [$"The file is larger than {MaximumBodyBytes / 1024 / 1024} MB; import it with 'dyad import --resume'."],
            });
        }
        // Buffered once: the import reads the file for its hash and again for its rows.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var file = buffer.ToArray();
        var name = $"{entity.ToText()}.{format.ToName()}";
        try
        {
            return TypedResults.Ok(await bulk.ImportAsync(new ImportRequest(entity, format, name, () => new MemoryStream(file, writable: false), survey),
                cancellationToken: ct));
        }
        catch (ImportFileException bad)
        {
            return FileProblem(bad);
        }
        catch (ImportTargetMissingException missing)
        {
            return TypedResults.NotFound(new ProblemDetails { Title = "Not found", Detail = missing.Message, Status = StatusCodes.Status404NotFound });
        }
        catch (DomainValidationException refused)
        {
            return TypedResults.ValidationProblem(refused.Errors);
        }
    }

    /// <summary>422 with errors keyed by where they are, "row 3, column score", each a place a user can find in the file.</summary>
    public static ProblemHttpResult FileProblem(ImportFileException bad) =>
        TypedResults.Problem(new HttpValidationProblemDetails(Errors(bad.Errors))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The file cannot be imported.",
            Detail = $"{bad.Errors.Count} problem(s) in the file; nothing was imported.",
        });

    public static Dictionary<string, string[]> Errors(IEnumerable<ImportError> errors) =>
        errors.GroupBy(e => e.Location).ToDictionary(g => g.Key, g => g.Select(e => e.Problem).ToArray());
}

using System.Security.Claims;
using System.Text;
using Dyad.Core.Workspaces;
using Dyad.Data.Coding;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Coding;

/// <summary>
/// The coded evidence in and out of qualitative-research tools: a REFI-QDA project (.qdpx) for ATLAS.ti,
/// NVivo, MAXQDA and QualCoder, both ways, and a CSV table one way.
/// </summary>
public static class InterchangeApi
{
    public static IEndpointRouteBuilder MapInterchangeApi(this IEndpointRouteBuilder app)
    {
        var codes = app.MapGroup("/api/v1/codes").WithTags("Coding interchange").RequirePermission(Permission.Read);
        codes.MapGet("/export.qdpx", ExportProjectAsync).Produces(StatusCodes.Status200OK, contentType: RefiQdaExport.ContentType)
            .WithSummary("The critical events and their coding as a REFI-QDA project for ATLAS.ti, NVivo, MAXQDA or QualCoder.");
        codes.MapGet("/export.csv", ExportCsvAsync).Produces(StatusCodes.Status200OK, contentType: CodedEvidenceCsv.ContentType)
            .WithSummary("One row per first-order code on a piece of evidence, with its event, practice and dimension.");
        // Antiforgery tokens are for forms of this site; API clients send a token header, and the sign-in
        // cookie is SameSite=Lax, so another site cannot post a file with it.
        codes.MapPost("/import", ImportAsync).RequirePermission(Permission.Configure)
            .WithSummary("Takes a REFI-QDA project (.qdpx, form field 'file') into the data structure and the events' coding; all or nothing.");
        return app;
    }

    // The project is built in memory before a byte is sent, so a failure is a clean error rather than a cut-off download.
    private static async Task<FileContentHttpResult> ExportProjectAsync(ClaimsPrincipal user, RefiQdaExport export, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var fileName = await export.ExportAsync(buffer, user.ToActor(), ct);
        return TypedResults.File(buffer.ToArray(), RefiQdaExport.ContentType, fileName);
    }

    private static async Task<FileContentHttpResult> ExportCsvAsync(CodedEvidenceCsv csv, CancellationToken ct)
    {
        await using var writer = new StringWriter();
        var fileName = await csv.ExportAsync(writer, ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(writer.ToString()), CodedEvidenceCsv.ContentType + "; charset=utf-8", fileName);
    }

    private static async Task<Results<Ok<RefiQdaImportSummary>, ValidationProblem>> ImportAsync(IFormFile? file, RefiQdaImport import, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["file"] = ["Send the .qdpx file as multipart form data in the field 'file'."],
            });
        }
        await using var content = file.OpenReadStream();
        return TypedResults.Ok(await import.ImportAsync(content, ct));
    }
}

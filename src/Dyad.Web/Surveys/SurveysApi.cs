using System.Text;
using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Surveys.Results;
using Dyad.Core.Workspaces;
using Dyad.Core.Ingestion;
using Dyad.Data.Ingestion;
using Dyad.Data.Surveys;
using Dyad.Web.Imports;
using Dyad.Data.Common;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Web.Surveys;

/// <summary>The respondent's answers as an API client sends them; the idempotency key comes in its header.</summary>
public sealed record SubmitResponseRequest(
    IReadOnlyDictionary<string, Answer>? Answers, Guid? AccountId = null, Guid? StakeholderId = null, string? Language = null);

/// <summary>Surveys, their responses (ingested idempotently) and their analysis.</summary>
public static class SurveysApi
{
    public const string GetSurveyRoute = "GetSurvey";
    public const string GetResponseRoute = "GetSurveyResponse";
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder app)
    {
        var surveys = app.MapGroup("/api/v1/surveys").WithTags("Surveys").RequirePermission(Permission.Read);
        surveys.MapGet("/", ListAsync).WithNextLink()
            .WithSummary("Lists the workspace's surveys with their response counts, a page at a time: filter by status and instrument, sort by name or created_at.");
        surveys.MapPost("/", CreateAsync).RequirePermission(Permission.Configure)
            .WithSummary("Creates a draft survey from a built-in instrument, a workspace instrument (its id: the questions are copied) or questions of your own.");
        surveys.MapGet("/{id:guid}", GetAsync).HasETag<Survey>().WithName(GetSurveyRoute).WithSummary("A survey with its questions.");
        surveys.MapPut("/{id:guid}", UpdateAsync).HasETag<Survey>().RequirePermission(Permission.Configure)
            .WithSummary("Replaces a survey's settings; opens or closes it (never back). Questions change only in a draft.");
        surveys.MapPost("/{id:guid}/responses", SubmitAsync)
            .WithoutIdempotencyKey("The response stores its Idempotency-Key itself, unique per survey, so a repeat through any channel finds it.").RequirePermission(Permission.Contribute)
            .WithSummary("Stores a response to an open survey, collected here or elsewhere.")
            .WithDescription("Send an Idempotency-Key header: the first submission with a key is stored (201), a repeat with the same key " +
                             "returns that first response (200) and stores nothing. Invalid answers are a 400 naming each question (answers.{key}).");
        surveys.MapGet("/{id:guid}/responses", ListResponsesAsync).WithNextLink()
            .WithSummary("A survey's responses a page at a time, oldest first (sort=submitted_at), optionally of one accountId or stakeholderId, submitted from since until until.");
        surveys.MapGet("/{id:guid}/responses/export.csv", ExportAsync).Produces(StatusCodes.Status200OK, contentType: SurveyResponseCsv.ContentType)
            .WithSummary("The survey's responses as a wide CSV, one row each and one column per question, that the import reads back.")
            .WithDescription("Cells a spreadsheet would run as a formula (starting with = + - @) are written with a leading quote.");
        surveys.MapPost("/{id:guid}/responses/import", ImportAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Imports responses collected elsewhere from a wide CSV or JSON Lines file (form field 'file'); all or nothing.")
            .WithDescription("One row per response, one column per question key (a matrix: key.row; choices: option keys separated by ';'), " +
                             "and optionally account (name or id), stakeholder_email, submitted_at, language and response_id. A row whose " +
                             "response_id the survey already has is skipped, so a second import stores nothing twice. Bad cells are a 422 " +
                             "whose errors name each row (the header is row 1) and column; then nothing is stored. The same import as " +
                             "POST /api/v1/imports/responses?survey={id}, for a form upload.");
        surveys.MapGet("/{id:guid}/responses/{responseId:guid}", GetResponseAsync).HasETag<SurveyResponse>().WithName(GetResponseRoute).WithSummary("One response.");
        surveys.MapGet("/{id:guid}/analysis", AnalyseAsync)
            .WithSummary("The survey's scores by its instrument: NPS with its 95 % margin, CSAT share of 4-5, CES mean, SERVQUAL gaps.")
            .WithDescription("Optional: by=account|role|dmu|phase|touchpoint|segment|period splits the scores into groups (breakdown); " +
                             "period=month|quarter sets the trend's points (month by default); from and to (yyyy-mm-dd, both included), " +
                             "accountId and segment select the responses read.");
        return app;
    }

    private static async Task<Ok<CursorPage<SurveySummary>>> ListAsync(string? status, string? instrument, [AsParameters] PageQuery page,
        SurveyService surveys, CancellationToken ct)
    {
        SurveyStatus? wanted = null;
        if (status is not null)
        {
            wanted = EnumText.TryParse<SurveyStatus>(status, out var parsed)
                ? parsed
                : throw DomainValidationException.For(nameof(status), "Status is 'draft', 'open' or 'closed'.");
        }
        return TypedResults.Ok(await surveys.PageAsync(wanted, instrument, page.ToRequest(), ct));
    }

    private static async Task<Results<Ok<SurveyView>, NotFound>> GetAsync(Guid id, SurveyService surveys, CancellationToken ct) =>
        await surveys.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<SurveyView>> CreateAsync(SurveyDetails details, SurveyService surveys, CancellationToken ct)
    {
        var id = await surveys.CreateAsync(details, ct);
        return TypedResults.CreatedAtRoute((await surveys.GetAsync(id, ct))!, GetSurveyRoute, new { id });
    }

    private static async Task<Results<Ok<SurveyView>, NotFound>> UpdateAsync(Guid id, SurveyDetails details, SurveyService surveys, CancellationToken ct) =>
        await surveys.UpdateAsync(id, details, ct) ? TypedResults.Ok((await surveys.GetAsync(id, ct))!) : TypedResults.NotFound();

    private static async Task<Results<CreatedAtRoute<SurveyResponseView>, Ok<SurveyResponseView>, NotFound>> SubmitAsync(
        Guid id, SubmitResponseRequest request, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        SurveyResponseService responses, CancellationToken ct)
    {
        var submitted = await responses.SubmitAsync(id,
            new NewSurveyResponse(request.Answers, request.AccountId, request.StakeholderId, request.Language, idempotencyKey), ct);
        if (submitted is null)
        {
            return TypedResults.NotFound();
        }
        return submitted.Created
            ? TypedResults.CreatedAtRoute(submitted.Response, GetResponseRoute, new { id, responseId = submitted.Response.Id })
            : TypedResults.Ok(submitted.Response);
    }

    private static async Task<Results<Ok<CursorPage<SurveyResponseView>>, NotFound>> ListResponsesAsync(
        Guid id, Guid? accountId, Guid? stakeholderId, DateTimeOffset? since, DateTimeOffset? until, [AsParameters] PageQuery page,
        SurveyResponseService responses, CancellationToken ct) =>
        await responses.PageAsync(id, new ResponseFilter(accountId, stakeholderId, since, until), page.ToRequest(), ct) is { } list
            ? TypedResults.Ok(list)
            : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(Guid id, SurveyResponseCsv csv, CancellationToken ct)
    {
        // Written whole before a byte is sent, so a failure is a clean error rather than a cut-off download.
        await using var writer = new StringWriter();
        if (await csv.ExportAsync(id, writer, ct) is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.File(Encoding.UTF8.GetBytes(writer.ToString()), SurveyResponseCsv.ContentType + "; charset=utf-8", $"survey-{id}-responses.csv");
    }

    /// <summary>The results page's upload as a form post; the file goes through the same pipeline as <c>/api/v1/imports/responses</c>.</summary>
    private static async Task<Results<Ok<ImportSummary>, NotFound, ValidationProblem, ProblemHttpResult>> ImportAsync(
        Guid id, IFormFile? file, BulkImport bulk, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["file"] = ["Send the CSV file as multipart form data in the field 'file'."],
            });
        }
        try
        {
            var format = ImportFormats.FromFileName(file.FileName);
            return TypedResults.Ok(await bulk.ImportAsync(new ImportRequest(ImportEntity.Responses, format, file.FileName, file.OpenReadStream, id),
                cancellationToken: ct));
        }
        catch (ImportTargetMissingException)
        {
            return TypedResults.NotFound();
        }
        catch (ImportFileException bad)
        {
            return ImportsApi.FileProblem(bad);
        }
    }

    private static async Task<Results<Ok<SurveyResponseView>, NotFound>> GetResponseAsync(
        Guid id, Guid responseId, SurveyResponseService responses, CancellationToken ct) =>
        await responses.GetAsync(id, responseId, ct) is { } response ? TypedResults.Ok(response) : TypedResults.NotFound();

    private static async Task<Results<Ok<SurveyAnalysis>, NotFound>> AnalyseAsync(Guid id, string? by, string? period, DateOnly? from, DateOnly? to,
        Guid? accountId, string? segment, SurveyAnalysisService analysis, CancellationToken ct)
    {
        var errors = new FieldErrors();
        BreakdownDimension? dimension = null;
        if (by is not null)
        {
            if (EnumText.TryParse<BreakdownDimension>(by, out var parsed))
            {
                dimension = parsed;
            }
            else
            {
                errors.Add(nameof(by), $"Break down by one of {string.Join(", ", Enum.GetValues<BreakdownDimension>().Select(d => d.ToText()))}.");
            }
        }
        var trendPeriod = TrendPeriod.Month;
        if (period is not null && !EnumText.TryParse(period, out trendPeriod))
        {
            errors.Add(nameof(period), "Give month or quarter.");
        }
        if (from > to)
        {
            errors.Add(nameof(from), "From comes before to.");
        }
        errors.ThrowIfAny();
        var query = new SurveyAnalysisQuery(dimension, trendPeriod, from, to, accountId, segment);
        return await analysis.AnalyseAsync(id, query, ct) is { } result ? TypedResults.Ok(result) : TypedResults.NotFound();
    }
}

using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Surveys;
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
        surveys.MapGet("/", ListAsync).WithSummary("Lists the workspace's surveys by name, with their response counts.");
        surveys.MapPost("/", CreateAsync).RequirePermission(Permission.Configure)
            .WithSummary("Creates a draft survey from a built-in instrument, a workspace instrument (its id: the questions are copied) or questions of your own.");
        surveys.MapGet("/{id:guid}", GetAsync).WithName(GetSurveyRoute).WithSummary("A survey with its questions.");
        surveys.MapPut("/{id:guid}", UpdateAsync).RequirePermission(Permission.Configure)
            .WithSummary("Replaces a survey's settings; opens or closes it (never back). Questions change only in a draft.");
        surveys.MapPost("/{id:guid}/responses", SubmitAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Stores a response to an open survey, collected here or elsewhere.")
            .WithDescription("Send an Idempotency-Key header: the first submission with a key is stored (201), a repeat with the same key " +
                             "returns that first response (200) and stores nothing. Invalid answers are a 400 naming each question (answers.{key}).");
        surveys.MapGet("/{id:guid}/responses", ListResponsesAsync).WithSummary("A survey's responses, oldest first.");
        surveys.MapGet("/{id:guid}/responses/{responseId:guid}", GetResponseAsync).WithName(GetResponseRoute).WithSummary("One response.");
        surveys.MapGet("/{id:guid}/analysis", AnalyseAsync)
            .WithSummary("The survey's scores by its instrument: NPS with its 95 % margin, CSAT share of 4-5, CES mean, SERVQUAL gaps.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SurveySummary>>> ListAsync(SurveyService surveys, CancellationToken ct) =>
        TypedResults.Ok(await surveys.ListAsync(ct));

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

    private static async Task<Results<Ok<IReadOnlyList<SurveyResponseView>>, NotFound>> ListResponsesAsync(
        Guid id, SurveyResponseService responses, CancellationToken ct) =>
        await responses.ListAsync(id, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<Ok<SurveyResponseView>, NotFound>> GetResponseAsync(
        Guid id, Guid responseId, SurveyResponseService responses, CancellationToken ct) =>
        await responses.GetAsync(id, responseId, ct) is { } response ? TypedResults.Ok(response) : TypedResults.NotFound();

    private static async Task<Results<Ok<SurveyAnalysis>, NotFound>> AnalyseAsync(Guid id, SurveyAnalysisService analysis, CancellationToken ct) =>
        await analysis.AnalyseAsync(id, ct) is { } result ? TypedResults.Ok(result) : TypedResults.NotFound();
}

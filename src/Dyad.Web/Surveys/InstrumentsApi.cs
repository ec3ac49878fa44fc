using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Surveys;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Surveys;

/// <summary>Instruments as data (built-in ones read-only, the workspace's own editable) and the question bank.</summary>
public static class InstrumentsApi
{
    public const string GetInstrumentRoute = "GetInstrument";
    public const string GetBankQuestionRoute = "GetBankQuestion";

    public static IEndpointRouteBuilder MapInstrumentsApi(this IEndpointRouteBuilder app)
    {
        var instruments = app.MapGroup("/api/v1/instruments").WithTags("Instruments").RequirePermission(Permission.Read);
        instruments.MapGet("/", ListAsync)
            .Unpaged("The built-in instruments and the few a workspace designs itself: a catalogue to pick from, read whole.")
            .WithSummary("The built-in instruments (NPS, CSAT, CES, SERVQUAL, the 004 open questions, target-experience items), then the workspace's own.");
        instruments.MapGet("/{key}", GetAsync).HasETag<WorkspaceInstrument>().WithName(GetInstrumentRoute)
            .WithSummary("One instrument: a built-in one by key (nps) or one of the workspace's by id.");
        instruments.MapPost("/", CreateAsync).RequirePermission(Permission.Configure)
            .WithSummary("Creates an instrument of the workspace's own; a survey created with its id as instrument copies its questions.");
        instruments.MapPut("/{id:guid}", UpdateAsync).HasETag<WorkspaceInstrument>().RequirePermission(Permission.Configure)
            .WithSummary("Replaces a workspace instrument. Surveys made from it keep the questions they copied.");
        instruments.MapDelete("/{id:guid}", DeleteAsync).HasETag<WorkspaceInstrument>().RequirePermission(Permission.Configure)
            .WithSummary("Removes a workspace instrument; built-in ones cannot be removed.");

        var bank = app.MapGroup("/api/v1/question-bank").WithTags("Instruments").RequirePermission(Permission.Read);
        bank.MapGet("/", ListBankAsync)
            .Unpaged("A curated set of reusable questions a survey designer browses whole, filtered by tag.").WithSummary("The question bank, newest first; ?tag= keeps the questions with that tag.");
        bank.MapGet("/{id:guid}", GetBankAsync).HasETag<QuestionBankItem>().WithName(GetBankQuestionRoute).WithSummary("One banked question.");
        bank.MapPost("/", CreateBankAsync).RequirePermission(Permission.Configure)
            .WithSummary("Keeps a question (without skip logic) in the bank with its tags.");
        bank.MapPut("/{id:guid}", UpdateBankAsync).HasETag<QuestionBankItem>().RequirePermission(Permission.Configure).WithSummary("Replaces a banked question or its tags.");
        bank.MapDelete("/{id:guid}", DeleteBankAsync).HasETag<QuestionBankItem>().RequirePermission(Permission.Configure).WithSummary("Removes a question from the bank.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<InstrumentView>>> ListAsync(InstrumentService instruments, CancellationToken ct) =>
        TypedResults.Ok(await instruments.ListAsync(ct));

    private static async Task<Results<Ok<InstrumentView>, NotFound>> GetAsync(string key, InstrumentService instruments, CancellationToken ct) =>
        await instruments.GetAsync(key, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<InstrumentView>> CreateAsync(InstrumentDetails details, InstrumentService instruments, CancellationToken ct)
    {
        var id = await instruments.CreateAsync(details, ct);
        return TypedResults.CreatedAtRoute((await instruments.GetAsync(id.ToString(), ct))!, GetInstrumentRoute, new { key = id });
    }

    private static async Task<Results<Ok<InstrumentView>, NotFound>> UpdateAsync(
        Guid id, InstrumentDetails details, InstrumentService instruments, CancellationToken ct) =>
        await instruments.UpdateAsync(id, details, ct) ? TypedResults.Ok((await instruments.GetAsync(id.ToString(), ct))!) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, InstrumentService instruments, CancellationToken ct) =>
        await instruments.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<QuestionBankView>>> ListBankAsync(string? tag, QuestionBankService bank, CancellationToken ct) =>
        TypedResults.Ok(await bank.ListAsync(tag, ct));

    private static async Task<Results<Ok<QuestionBankView>, NotFound>> GetBankAsync(Guid id, QuestionBankService bank, CancellationToken ct) =>
        await bank.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<QuestionBankView>> CreateBankAsync(QuestionBankDetails details, QuestionBankService bank, CancellationToken ct)
    {
        var id = await bank.CreateAsync(details, ct);
        return TypedResults.CreatedAtRoute((await bank.GetAsync(id, ct))!, GetBankQuestionRoute, new { id });
    }

    private static async Task<Results<Ok<QuestionBankView>, NotFound>> UpdateBankAsync(
        Guid id, QuestionBankDetails details, QuestionBankService bank, CancellationToken ct) =>
        await bank.UpdateAsync(id, details, ct) ? TypedResults.Ok((await bank.GetAsync(id, ct))!) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteBankAsync(Guid id, QuestionBankService bank, CancellationToken ct) =>
        await bank.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Workspaces;
using Dyad.Data.Feedback;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Feedback;

/// <summary>The feedback inbox and the codebooks it is coded with.</summary>
public static class FeedbackApi
{
    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var feedback = app.MapGroup("/api/v1/feedback").WithTags("Feedback").RequirePermission(Permission.Read);
        feedback.MapGet("/", ListAsync)
            .WithSummary("Every open-text answer with its sentiment, keywords and card, newest first, filtered; with the content analysis and importance index of what matches.");
        feedback.MapPut("/{id:guid}/codes", SetCodesAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Sets an answer's keywords by hand; these win over the codebook, now and after it changes.");
        feedback.MapPut("/{id:guid}/card", SetCardAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Gives an answer a red or green card by hand, or back to the card its sentiment suggests with null.");

        var codebooks = app.MapGroup("/api/v1/codebooks").WithTags("Feedback").RequirePermission(Permission.Read);
        codebooks.MapGet("/", async (CodebookService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .WithSummary("The workspace's codebooks, oldest first; feedback is coded with all of them.");
        codebooks.MapGet("/{id:guid}", GetCodebookAsync).WithName("GetCodebook");
        codebooks.MapPost("/", CreateCodebookAsync).RequirePermission(Permission.Configure)
            .WithSummary("Adds a codebook: keywords with their topic (null: every topic), synonyms (a word ending in * is a prefix) and owner.");
        codebooks.MapPut("/{id:guid}", UpdateCodebookAsync).RequirePermission(Permission.Configure)
            .WithSummary("Replaces a codebook's name and keywords; manual codes on feedback are kept.");
        codebooks.MapDelete("/{id:guid}", DeleteCodebookAsync).RequirePermission(Permission.Configure);
        return app;
    }

    private static async Task<Ok<FeedbackInboxView>> ListAsync(FeedbackInbox inbox, string? keyword, string? sentiment, Guid? accountId,
        int? phase, string? card, string? q, CancellationToken ct) =>
        TypedResults.Ok(await inbox.ListAsync(new FeedbackFilter(keyword, sentiment, accountId, phase, card, q), ct));

    private static async Task<Results<Ok<FeedbackItemView>, NotFound>> SetCodesAsync(Guid id, FeedbackCodes codes, FeedbackInbox inbox,
        CancellationToken ct) =>
        await inbox.SetCodesAsync(id, codes, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();

    private static async Task<Results<Ok<FeedbackItemView>, NotFound>> SetCardAsync(Guid id, FeedbackCardChoice choice, FeedbackInbox inbox,
        CancellationToken ct) =>
        await inbox.SetCardAsync(id, choice, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();

    private static async Task<Results<Ok<CodebookView>, NotFound>> GetCodebookAsync(Guid id, CodebookService service, CancellationToken ct) =>
        await service.GetAsync(id, ct) is { } codebook ? TypedResults.Ok(codebook) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<CodebookView>> CreateCodebookAsync(CodebookDraft draft, CodebookService service, CancellationToken ct)
    {
        var codebook = await service.CreateAsync(draft, ct);
        return TypedResults.CreatedAtRoute(codebook, "GetCodebook", new { id = codebook.Id });
    }

    private static async Task<Results<Ok<CodebookView>, NotFound>> UpdateCodebookAsync(Guid id, CodebookDraft draft, CodebookService service,
        CancellationToken ct) =>
        await service.UpdateAsync(id, draft, ct) is { } codebook ? TypedResults.Ok(codebook) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteCodebookAsync(Guid id, CodebookService service, CancellationToken ct) =>
        await service.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

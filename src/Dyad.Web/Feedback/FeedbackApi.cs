using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Feedback.Notes;
using Dyad.Core.Workspaces;
using Dyad.Data.Common;
using Dyad.Data.Feedback;
using Dyad.Web.Api;
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
        feedback.MapPut("/{id:guid}/codes", SetCodesAsync).WithoutETag("A feedback item is a view over responses, notes and portal questions; its coding is replaced whole.").RequirePermission(Permission.Contribute)
            .WithSummary("Sets an answer's keywords by hand; these win over the codebook, now and after it changes.");
        feedback.MapPut("/{id:guid}/card", SetCardAsync).WithoutETag("A feedback item is a view over responses, notes and portal questions; its coding is replaced whole.").RequirePermission(Permission.Contribute)
            .WithSummary("Gives an answer a red or green card by hand, or back to the card its sentiment suggests with null.");
        feedback.MapGet("/market-information-gap", async (FeedbackGaps gaps, CancellationToken ct) => TypedResults.Ok(await gaps.MarketInformationGapAsync(ct)))
            .Unpaged("An analysis: one row per question of the two surveys it compares.")
            .WithSummary("Per codebook, customers' open answers against employees' notes: overlaps, keywords only customers name (the gap), keywords only employees name.");
        feedback.MapGet("/siloed-experiences", async (FeedbackGaps gaps, double? threshold, CancellationToken ct) =>
                TypedResults.Ok(await gaps.SiloedExperiencesAsync(threshold, ct)))
            .WithSummary("Accounts whose stakeholders, units or roles diverge on a score or on sentiment by at least the threshold, a share of the scale (default 0.3).");

        var notes = feedback.MapGroup("/notes");
        notes.MapGet("/", ListNotesAsync).WithNextLink()
            .WithSummary("Employees' notes (focus groups, workshops, account reviews) a page at a time, newest first; ?kind=&accountId=; sort by date (default) or created_at.");
        notes.MapGet("/{id:guid}", GetNoteAsync).HasETag<EmployeeNote>().WithName("GetEmployeeNote");
        notes.MapPost("/", CreateNoteAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Adds an employee note; it is coded with the codebooks and shows in the inbox as source employee.");
        notes.MapPut("/{id:guid}", UpdateNoteAsync).HasETag<EmployeeNote>().RequirePermission(Permission.Contribute);
        notes.MapDelete("/{id:guid}", DeleteNoteAsync).HasETag<EmployeeNote>().RequirePermission(Permission.Contribute);
        notes.MapPost("/import", ImportNotesAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Imports notes from a CSV file (multipart field 'file'): columns text, kind, author, date and optionally account, stakeholder_role, phase, touchpoint. All or nothing.");

        var codebooks = app.MapGroup("/api/v1/codebooks").WithTags("Feedback").RequirePermission(Permission.Read);
        codebooks.MapGet("/", async (CodebookService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .Unpaged("A workspace keeps a few codebooks, read whole to pick one.")
            .WithSummary("The workspace's codebooks, oldest first; feedback is coded with all of them.");
        codebooks.MapGet("/{id:guid}", GetCodebookAsync).HasETag<WorkspaceCodebook>().WithName("GetCodebook");
        codebooks.MapPost("/", CreateCodebookAsync).RequirePermission(Permission.Configure)
            .WithSummary("Adds a codebook: keywords with their topic (null: every topic), synonyms (a word ending in * is a prefix) and owner.");
        codebooks.MapPut("/{id:guid}", UpdateCodebookAsync).HasETag<WorkspaceCodebook>().RequirePermission(Permission.Configure)
            .WithSummary("Replaces a codebook's name and keywords; manual codes on feedback are kept.");
        codebooks.MapDelete("/{id:guid}", DeleteCodebookAsync).HasETag<WorkspaceCodebook>().RequirePermission(Permission.Configure);
        return app;
    }

    private static async Task<Ok<FeedbackInboxView>> ListAsync(FeedbackInbox inbox, string? keyword, string? sentiment, Guid? accountId,
        int? phase, string? card, string? q, string? source, CancellationToken ct) =>
        TypedResults.Ok(await inbox.ListAsync(new FeedbackFilter(keyword, sentiment, accountId, phase, card, q, source), ct));

    private static async Task<Results<Ok<EmployeeNoteView>, NotFound>> GetNoteAsync(Guid id, EmployeeNotes service, CancellationToken ct) =>
        await service.GetAsync(id, ct) is { } note ? TypedResults.Ok(note) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<EmployeeNoteView>> CreateNoteAsync(EmployeeNoteDetails details, EmployeeNotes service, CancellationToken ct)
    {
        var note = await service.CreateAsync(details, ct);
        return TypedResults.CreatedAtRoute(note, "GetEmployeeNote", new { id = note.Id });
    }

    private static async Task<Results<Ok<EmployeeNoteView>, NotFound>> UpdateNoteAsync(Guid id, EmployeeNoteDetails details, EmployeeNotes service,
        CancellationToken ct) =>
        await service.UpdateAsync(id, details, ct) is { } note ? TypedResults.Ok(note) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteNoteAsync(Guid id, EmployeeNotes service, CancellationToken ct) =>
        await service.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>A bad cell comes back as a 400 whose errors are keyed "row 3, column date"; nothing of the file is stored.</summary>
    private static async Task<Results<Ok<EmployeeNoteImportSummary>, ValidationProblem>> ImportNotesAsync(IFormFile? file, EmployeeNotes service,
        CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send the CSV file as multipart form data in the field 'file'."] });
        }
        using var reader = new StreamReader(file.OpenReadStream());
        return TypedResults.Ok(await service.ImportAsync(reader, ct));
    }

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

    private static async Task<Ok<CursorPage<EmployeeNoteView>>> ListNotesAsync(string? kind, Guid? accountId, [AsParameters] PageQuery page,
        EmployeeNotes service, CancellationToken ct) =>
        TypedResults.Ok(await service.PageAsync(QueryValues.Enum<EmployeeNoteKind>(kind, nameof(kind)), accountId, page.ToRequest(), ct));
}

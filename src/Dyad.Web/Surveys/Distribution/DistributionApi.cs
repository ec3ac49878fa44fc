using System.Text;
using Dyad.Core.Common;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Workspaces;
using Dyad.Data.Surveys.Distribution;
using Dyad.Data.Common;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Surveys.Distribution;

/// <summary>Sending surveys: invitations with their tracking, triggers, the fatigue and reminder settings, response rates.</summary>
public static class DistributionApi
{
    private const string GetInvitationRoute = "GetSurveyInvitation";
    private const string GetTriggerRoute = "GetSurveyTrigger";

    public static IEndpointRouteBuilder MapSurveyDistributionApi(this IEndpointRouteBuilder app)
    {
        var surveys = app.MapGroup("/api/v1/surveys").WithTags("Survey distribution").RequirePermission(Permission.Read);
        surveys.MapGet("/settings", GetSettingsAsync).WithSummary("The workspace's fatigue cap and reminder rules.");
        surveys.MapPut("/settings", UpdateSettingsAsync).RequirePermission(Permission.Configure)
            .WithSummary("Sets the fatigue cap (at most N invitations per person in D days; 0 days: no cap) and reminders (after D days, at most N).");

        surveys.MapPost("/{id:guid}/invitations", InviteAsync).RequirePermission(Permission.Configure)
            .WithSummary("Invites stakeholders (by id, or those with an e-mail of accounts, optionally only the DMU or users) or e-mail addresses.")
            .WithDescription("Returns each invitation with its personal link. An invitation the fatigue cap holds back is returned with status " +
                             "'suppressed' and the reason; the scheduler sends the others by e-mail.");
        surveys.MapGet("/{id:guid}/invitations", ListInvitationsAsync).WithNextLink()
            .WithSummary("The survey's invitations a page at a time, with their tracking; ?status=pending|suppressed|sent|bounced|opened|started|answered; " +
                         "sort by created_at (default, newest first), sent_at, answered_at or email.");
        surveys.MapGet("/{id:guid}/invitations/{invitationId:guid}", GetInvitationAsync).HasETag<SurveyInvitation>().WithName(GetInvitationRoute).WithSummary("One invitation.");
        surveys.MapDelete("/{id:guid}/invitations/{invitationId:guid}", RevokeAsync).HasETag<SurveyInvitation>().RequirePermission(Permission.Configure)
            .WithSummary("Revokes an invitation not sent yet (409 once sent).");

        surveys.MapPost("/{id:guid}/participants/import", ImportParticipantsAsync).RequirePermission(Permission.Configure)
            .WithSummary("Invites the participants of a LimeSurvey-style CSV list (form field 'file'); all or nothing.")
            .WithDescription("Columns as LimeSurvey's survey participants table: firstname, lastname, email (required), emailstatus, token, " +
                             "language, validfrom, validuntil (yyyy-MM-dd HH:mm, UTC), attribute_1 <description> ..., and optionally account. " +
                             "An address a stakeholder has invites that stakeholder; otherwise one is made in the named account, or the one " +
                             "account with stakeholders at the address's domain, or the address is invited bare. Addresses the survey has " +
                             "already invited, repeated rows, rows without an address or with an e-mail status other than OK are skipped " +
                             "and listed, so a second import adds nobody. Bad cells are a 400 naming each row (the header is row 1) and column.");
        surveys.MapGet("/{id:guid}/participants/export.csv", ExportParticipantsAsync).Produces(StatusCodes.Status200OK, contentType: ParticipantCsv.ContentType)
            .WithSummary("The survey's participants as a LimeSurvey-style CSV list, with sent, reminded, completed and uses left.")
            .WithDescription("Cells a spreadsheet would run as a formula (starting with = + - @) are written with a leading quote, which the import removes.");

        surveys.MapGet("/{id:guid}/triggers", ListTriggersAsync)
            .Unpaged("A survey has a few triggers its designer configures, read whole to edit them.").WithSummary("The survey's triggers.");
        surveys.MapPost("/{id:guid}/triggers", CreateTriggerAsync).RequirePermission(Permission.Configure)
            .WithSummary("Adds a trigger: after a touchpoint occurs, when a journey enters a phase, or periodically.");
        surveys.MapGet("/{id:guid}/triggers/{triggerId:guid}", GetTriggerAsync).HasETag<SurveyTrigger>().WithName(GetTriggerRoute).WithSummary("One trigger.");
        surveys.MapPut("/{id:guid}/triggers/{triggerId:guid}", UpdateTriggerAsync).HasETag<SurveyTrigger>().RequirePermission(Permission.Configure)
            .WithSummary("Changes a trigger; switching it on again fires only on what happens from then on.");
        surveys.MapDelete("/{id:guid}/triggers/{triggerId:guid}", DeleteTriggerAsync).HasETag<SurveyTrigger>().RequirePermission(Permission.Configure)
            .WithSummary("Removes a trigger; its invitations stay.");

        surveys.MapGet("/{id:guid}/response-rates", ResponseRatesAsync)
            .WithSummary("Invited, sent, bounced, opened, started, answered and answered / invited, overall and ?by=account|role.");
        return app;
    }

    private static async Task<Ok<DistributionRules>> GetSettingsAsync(DistributionSettingsService settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.GetAsync(ct));

    private static async Task<Ok<DistributionRules>> UpdateSettingsAsync(DistributionRules rules, DistributionSettingsService settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.UpdateAsync(rules, ct));

    private static async Task<Results<Ok<IReadOnlyList<InvitationView>>, NotFound>> InviteAsync(Guid id, InviteRequest request, InvitationService invitations,
        CancellationToken ct) =>
        await invitations.InviteAsync(id, request, ct) is { } made ? TypedResults.Ok(made) : TypedResults.NotFound();

    private static async Task<Results<Ok<CursorPage<InvitationView>>, NotFound>> ListInvitationsAsync(Guid id, string? status,
        [AsParameters] PageQuery page, InvitationService invitations, CancellationToken ct) =>
        await invitations.PageAsync(id, QueryValues.Enum<InvitationStatus>(status, "status"), page.ToRequest(), ct) is { } list
            ? TypedResults.Ok(list)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<InvitationView>, NotFound>> GetInvitationAsync(Guid id, Guid invitationId, InvitationService invitations,
        CancellationToken ct) =>
        await invitations.GetAsync(id, invitationId, ct) is { } invitation ? TypedResults.Ok(invitation) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, Guid invitationId, InvitationService invitations, CancellationToken ct) =>
        await invitations.RevokeAsync(id, invitationId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<ParticipantImportSummary>, NotFound, ValidationProblem>> ImportParticipantsAsync(Guid id, IFormFile? file,
        ParticipantLists participants, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send the CSV file as multipart form data in the field 'file'."] });
        }
        using var reader = new StreamReader(file.OpenReadStream());
        return await participants.ImportAsync(id, reader, ct) is { } summary ? TypedResults.Ok(summary) : TypedResults.NotFound();
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportParticipantsAsync(Guid id, ParticipantLists participants, CancellationToken ct)
    {
        // Written whole before a byte is sent, so a failure is a clean error rather than a cut-off download.
        await using var writer = new StringWriter();
        if (await participants.ExportAsync(id, writer, ct) is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.File(Encoding.UTF8.GetBytes(writer.ToString()), ParticipantCsv.ContentType + "; charset=utf-8", $"survey-{id}-participants.csv");
    }

    private static async Task<Results<Ok<IReadOnlyList<TriggerView>>, NotFound>> ListTriggersAsync(Guid id, TriggerService triggers, CancellationToken ct) =>
        await triggers.ListAsync(id, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<CreatedAtRoute<TriggerView>, NotFound>> CreateTriggerAsync(Guid id, TriggerDetails details, TriggerService triggers,
        CancellationToken ct) =>
        await triggers.CreateAsync(id, details, ct) is { } created
            ? TypedResults.CreatedAtRoute(created, GetTriggerRoute, new { id, triggerId = created.Id })
            : TypedResults.NotFound();

    private static async Task<Results<Ok<TriggerView>, NotFound>> GetTriggerAsync(Guid id, Guid triggerId, TriggerService triggers, CancellationToken ct) =>
        await triggers.GetAsync(id, triggerId, ct) is { } trigger ? TypedResults.Ok(trigger) : TypedResults.NotFound();

    private static async Task<Results<Ok<TriggerView>, NotFound>> UpdateTriggerAsync(Guid id, Guid triggerId, TriggerDetails details, TriggerService triggers,
        CancellationToken ct) =>
        await triggers.UpdateAsync(id, triggerId, details, ct) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteTriggerAsync(Guid id, Guid triggerId, TriggerService triggers, CancellationToken ct) =>
        await triggers.DeleteAsync(id, triggerId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<ResponseRateReport>, NotFound>> ResponseRatesAsync(Guid id, string? by, ResponseRateService rates,
        CancellationToken ct) =>
        await rates.ReportAsync(id, QueryValues.Enum<ResponseRateSplit>(by, "by") ?? ResponseRateSplit.Account, ct) is { } report
            ? TypedResults.Ok(report)
            : TypedResults.NotFound();
}

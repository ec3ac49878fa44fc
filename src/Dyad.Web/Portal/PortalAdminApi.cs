using System.Security.Claims;
using Dyad.Core.Common;
using Dyad.Core.Portal;
using Dyad.Core.Workspaces;
using Dyad.Data.Portal;
using Dyad.Data.Workspaces;
using Dyad.Web.Accounts;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Web.Portal;

public sealed record InviteCustomerRequest(Guid StakeholderId, string? Email = null);

/// <summary>The invitation made, and whether its e-mail went out; the link is shown once, to hand over otherwise.</summary>
public sealed record InviteCustomerResult(CustomerUserView User, string Link, bool Emailed);

public sealed record AnswerRequest(string Answer);

public sealed record TopicRequest(string Name, Guid ExpertId);

public sealed record DocumentForm(
    [FromForm(Name = "file")] IFormFile? File,
    [FromForm(Name = "title")] string? Title,
    [FromForm(Name = "kind")] string? Kind,
    [FromForm(Name = "ownerId")] Guid? OwnerId,
    [FromForm(Name = "journeyId")] Guid? JourneyId,
    [FromForm(Name = "note")] string? Note)
{
    public DocumentDetails Details()
    {
        var errors = new FieldErrors();
        var kind = DocumentKind.Other;
        if (!string.IsNullOrWhiteSpace(Kind) && !EnumText.TryParse(Kind, out kind))
        {
            errors.Add(nameof(Kind), $"Kind must be one of: {string.Join(", ", Enum.GetValues<DocumentKind>().Select(k => k.ToText()))}.");
        }
        errors.ThrowIfAny();
        return new DocumentDetails(Title ?? "", kind, OwnerId ?? Guid.Empty, JourneyId);
    }
}

public sealed record VersionForm([FromForm(Name = "file")] IFormFile? File, [FromForm(Name = "note")] string? Note);

/// <summary>The provider's side of an account's portal, and the workspace's topic-to-expert map.</summary>
public static class PortalAdminApi
{
    public static IEndpointRouteBuilder MapPortalAdminApi(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/api/v1/accounts/{accountId:guid}/portal").WithTags("Customer portal (provider)").RequirePermission(Permission.Read)
            .AddEndpointFilter<AccountRouteFilter>();
        portal.MapGet("/preview", PreviewAsync).WithSummary("What the account's customers see in the portal.");
        portal.MapGet("/users", async (Guid accountId, CustomerAccess access, CancellationToken ct) => TypedResults.Ok(await access.ListAsync(accountId, ct)))
            .Unpaged("One account's portal users: the few of its people invited to the portal.")
            .WithSummary("The account's portal users.");
        portal.MapPost("/users", InviteAsync).RequirePermission(Permission.ManageAccounts)
            .WithSummary("Invites a stakeholder to the portal (again), e-mailing a single-use link valid for 7 days.");
        portal.MapDelete("/users/{id:guid}", RevokeAsync).HasETag<CustomerUser>().RequirePermission(Permission.ManageAccounts).WithSummary("Closes the portal to a customer user.");
        portal.MapGet("/visits", async (Guid accountId, PortalAdmin admin, CancellationToken ct) => TypedResults.Ok(await admin.VisitsAsync(accountId, cancellationToken: ct)))
            .Unpaged("The latest 100 visits of one account, a recent-activity panel rather than a history to walk.")
            .WithSummary("Who visited the portal when, newest first.");
        portal.MapGet("/questions", async (Guid accountId, PortalAdmin admin, CancellationToken ct) => TypedResults.Ok(await admin.QuestionsAsync(accountId, ct)))
            .Unpaged("One account's questions, shown whole as a conversation.")
            .WithSummary("The account's portal questions, the longest-waiting unanswered first.");
        portal.MapPost("/questions/{id:guid}/answer", AnswerAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Answers a customer's question; the log records the response time.");
        portal.MapPost("/milestones", AddMilestoneAsync).RequirePermission(Permission.Contribute).WithSummary("Adds a milestone to one of the account's journeys.");
        portal.MapPut("/milestones/{id:guid}", UpdateMilestoneAsync).HasETag<Milestone>().RequirePermission(Permission.Contribute)
            .WithSummary("Updates a milestone (its owner or an account manager); completing it may send its pulse survey.");
        portal.MapDelete("/milestones/{id:guid}", DeleteMilestoneAsync).HasETag<Milestone>().RequirePermission(Permission.Contribute).WithSummary("Removes a milestone.");
        portal.MapPost("/documents", AddDocumentAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Shares a document with its first version (multipart: file, title, kind, ownerId, journeyId, note).");
        portal.MapPost("/documents/{id:guid}/versions", AddVersionAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Uploads a new version (multipart: file, note); each follower gets one e-mail.");
        portal.MapGet("/documents/{id:guid}/versions/{versionId:guid}/file", DownloadAsync).WithSummary("Downloads one version of a document.");
        portal.MapPost("/tasks", AddTaskAsync).RequirePermission(Permission.Contribute).WithSummary("Adds a task to the shared list.");
        portal.MapPut("/tasks/{id:guid}", UpdateTaskAsync).HasETag<SharedTask>().RequirePermission(Permission.Contribute).WithSummary("Changes a shared task or marks it done.");
        portal.MapDelete("/tasks/{id:guid}", DeleteTaskAsync).HasETag<SharedTask>().RequirePermission(Permission.Contribute).WithSummary("Removes a shared task.");

        var topics = app.MapGroup("/api/v1/portal-topics").WithTags("Customer portal (provider)").RequirePermission(Permission.Read);
        topics.MapGet("/", async (PortalAdmin admin, CancellationToken ct) => TypedResults.Ok(await admin.TopicsAsync(ct)))
            .Unpaged("The topics the provider configures, read whole to pick one.")
            .WithSummary("The topics customers ask about and the expert who answers each.");
        topics.MapPost("/", async (TopicRequest request, PortalAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(await admin.SaveTopicAsync(null, request.Name, request.ExpertId, ct))).RequirePermission(Permission.Configure)
            .WithSummary("Adds a topic with its expert.");
        topics.MapPut("/{id:guid}", async (Guid id, TopicRequest request, PortalAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(await admin.SaveTopicAsync(id, request.Name, request.ExpertId, ct))).HasETag<ExpertTopic>().RequirePermission(Permission.Configure)
            .WithSummary("Renames a topic or names another expert.");
        topics.MapDelete("/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, PortalAdmin admin, CancellationToken ct) =>
            await admin.DeleteTopicAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound()).HasETag<ExpertTopic>().RequirePermission(Permission.Configure)
            .WithSummary("Removes a topic; its questions keep their expert.");
        return app;
    }

    private static async Task<Results<Ok<PortalHome>, NotFound>> PreviewAsync(Guid accountId, PortalAdmin admin, CancellationToken ct) =>
        await admin.PreviewAsync(accountId, ct) is { } home ? TypedResults.Ok(home) : TypedResults.NotFound();

    private static async Task<Results<Created<InviteCustomerResult>, NotFound>> InviteAsync(Guid accountId, InviteCustomerRequest request,
        ClaimsPrincipal user, CustomerAccess access, BrandingService branding, PortalMail mail, CancellationToken ct)
    {
        if (await access.InviteAsync(accountId, request.StakeholderId, request.Email, user.ToActor(), ct) is not { } invitation)
        {
            return TypedResults.NotFound();
        }
        var provider = (await branding.GetAsync(ct)).DisplayName;
        var emailed = await mail.SendLinkAsync(new SignInLinkMail(invitation.User.Email, invitation.User.Name, invitation.Link, SignInLinkPurpose.Invitation),
            provider, ct);
        return TypedResults.Created($"/api/v1/accounts/{accountId}/portal/users/{invitation.User.Id}",
            new InviteCustomerResult(invitation.User, invitation.Link, emailed));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid accountId, Guid id, CustomerAccess access, CancellationToken ct) =>
        await access.RevokeAsync(accountId, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<QuestionView>, NotFound>> AnswerAsync(Guid accountId, Guid id, AnswerRequest request, ClaimsPrincipal user,
        PortalAdmin admin, CancellationToken ct) =>
        await admin.AnswerAsync(accountId, id, request.Answer, user.ToActor(), ct) is { } answered ? TypedResults.Ok(answered) : TypedResults.NotFound();

    private static async Task<Results<Created<MilestoneView>, NotFound>> AddMilestoneAsync(Guid accountId, MilestoneRequest request, ClaimsPrincipal user,
        PortalAdmin admin, CancellationToken ct) =>
        await admin.AddMilestoneAsync(accountId, request, user.ToActor(), user.Role()!.Value, ct) is { } added
            ? TypedResults.Created($"/api/v1/accounts/{accountId}/portal/milestones/{added.Id}", added)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<MilestoneView>, NotFound>> UpdateMilestoneAsync(Guid accountId, Guid id, MilestoneRequest request,
        ClaimsPrincipal user, PortalAdmin admin, CancellationToken ct) =>
        await admin.UpdateMilestoneAsync(accountId, id, request, user.ToActor(), user.Role()!.Value, ct) is { } updated
            ? TypedResults.Ok(updated)
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteMilestoneAsync(Guid accountId, Guid id, ClaimsPrincipal user, PortalAdmin admin,
        CancellationToken ct) =>
        await admin.DeleteMilestoneAsync(accountId, id, user.ToActor(), user.Role()!.Value, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Created<DocumentView>, NotFound>> AddDocumentAsync(Guid accountId, [AsParameters] DocumentForm form,
        ClaimsPrincipal user, PortalAdmin admin, CancellationToken ct)
    {
        var details = form.Details();
        var file = Required(form.File);
        await using var content = file.OpenReadStream();
        return await admin.AddDocumentAsync(accountId, details, new UploadedFile(file.FileName, content, file.Length), form.Note, user.ToActor(), ct)
            is { } document
            ? TypedResults.Created($"/api/v1/accounts/{accountId}/portal/documents/{document.Id}", document)
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<DocumentView>, NotFound>> AddVersionAsync(Guid accountId, Guid id, [AsParameters] VersionForm form,
        ClaimsPrincipal user, PortalAdmin admin, PortalMail mail, CancellationToken ct)
    {
        var file = Required(form.File);
        DocumentView? document;
        await using (var content = file.OpenReadStream())
        {
            document = await admin.AddVersionAsync(accountId, id, new UploadedFile(file.FileName, content, file.Length), form.Note, user.ToActor(), ct);
        }
        if (document is null)
        {
            return TypedResults.NotFound();
        }
        await mail.SendNoticesAsync(ct);
        return TypedResults.Ok(document);
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> DownloadAsync(Guid accountId, Guid id, Guid versionId, PortalAdmin admin,
        CancellationToken ct) =>
        await admin.OpenVersionAsync(accountId, id, versionId, ct) is { } file
            ? TypedResults.File(file.Content, file.File.ContentType, file.File.FileName)
            : TypedResults.NotFound();

    private static async Task<Results<Created<SharedTaskView>, NotFound>> AddTaskAsync(Guid accountId, SharedTaskRequest request, ClaimsPrincipal user,
        PortalAdmin admin, CancellationToken ct) =>
        await admin.AddTaskAsync(accountId, request, user.ToActor(), ct) is { } task
            ? TypedResults.Created($"/api/v1/accounts/{accountId}/portal/tasks/{task.Id}", task)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<SharedTaskView>, NotFound>> UpdateTaskAsync(Guid accountId, Guid id, SharedTaskRequest request,
        ClaimsPrincipal user, PortalAdmin admin, CancellationToken ct) =>
        await admin.UpdateTaskAsync(accountId, id, request, user.ToActor(), ct) is { } task ? TypedResults.Ok(task) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteTaskAsync(Guid accountId, Guid id, PortalAdmin admin, CancellationToken ct) =>
        await admin.DeleteTaskAsync(accountId, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static IFormFile Required(IFormFile? file) =>
        file ?? throw DomainValidationException.For("File", "Attach the file in the form field 'file'.");
}

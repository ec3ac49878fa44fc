using Dyad.Core.Portal;
using Dyad.Data.Portal;
using Dyad.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Portal;

public sealed record FollowRequest(bool Follow);

public sealed record PasswordRequest(string Password);

/// <summary>
/// The customer's API. No route names an account: every call serves the signed-in customer user's own, so anything of
/// another account is 404.
/// </summary>
public static class PortalApi
{
    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/api/v1/portal").WithTags("Customer portal").RequireAuthorization(PortalClaims.Policy);
        portal.MapGet("/", async (CustomerPortal p, CancellationToken ct) => TypedResults.Ok(await p.HomeAsync(ct)))
            .WithSummary("Everything the customer sees: journeys with phases and milestones, documents, tasks, questions and topics.");
        portal.MapGet("/journeys", async (CustomerPortal p, CancellationToken ct) => TypedResults.Ok(await p.JourneysAsync(ct)))
            .Unpaged("The signed-in customer's own account's journeys: a few.")
            .WithSummary("The account's journeys, each with its phases, the current one and the milestones.");
        portal.MapGet("/documents", async (CustomerPortal p, CancellationToken ct) => TypedResults.Ok(await p.DocumentsAsync(ct)))
            .Unpaged("The documents shared with the signed-in customer's account, which the portal shows whole.")
            .WithSummary("The documents shared with the account, each with its versions, newest first.");
        portal.MapGet("/documents/{id:guid}", DocumentAsync).HasETag<PortalDocument>().WithSummary("A document with its version history.");
        portal.MapGet("/documents/{id:guid}/versions/{versionId:guid}/file", DownloadAsync).WithSummary("Downloads one version of a document.");
        portal.MapPut("/documents/{id:guid}/follow", FollowAsync).WithoutETag("Following is the signed-in customer's own choice, set whole.").WithSummary("Follows (one e-mail per new version) or unfollows a document.");
        portal.MapGet("/tasks", async (CustomerPortal p, CancellationToken ct) => TypedResults.Ok(await p.TasksAsync(ct)))
            .Unpaged("The task list shared with one account, which the portal shows whole.")
            .WithSummary("The task list shared with the provider, open first.");
        portal.MapPost("/tasks", AddTaskAsync).WithSummary("Adds a task to the shared list.");
        portal.MapPut("/tasks/{id:guid}", UpdateTaskAsync).HasETag<SharedTask>().WithSummary("Changes a shared task or marks it done.");
        portal.MapGet("/questions", async (CustomerPortal p, CancellationToken ct) => TypedResults.Ok(await p.QuestionsAsync(ct)))
            .Unpaged("One account's questions, which the portal shows whole as a conversation.")
            .WithSummary("The account's questions with their answers.");
        portal.MapPost("/questions", AskAsync)
            .WithSummary("Asks a question; it goes to the document's or step's owner, the topic's expert, or the account manager.");
        portal.MapGet("/topics", async (CustomerPortal p, CancellationToken ct) => TypedResults.Ok(await p.TopicsAsync(ct)))
            .Unpaged("The topics the provider configures, read whole to pick one.")
            .WithSummary("The topics questions can be asked about, each with its expert.");
        portal.MapPut("/password", SetPasswordAsync).WithSummary("Sets the signed-in customer's password.");
        return app;
    }

    private static async Task<Results<Ok<DocumentView>, NotFound>> DocumentAsync(Guid id, CustomerPortal portal, CancellationToken ct) =>
        await portal.DocumentAsync(id, ct) is { } document ? TypedResults.Ok(document) : TypedResults.NotFound();

    private static async Task<Results<FileStreamHttpResult, NotFound>> DownloadAsync(Guid id, Guid versionId, CustomerPortal portal, CancellationToken ct) =>
        await portal.OpenVersionAsync(id, versionId, ct) is { } file
            ? TypedResults.File(file.Content, file.File.ContentType, file.File.FileName)
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> FollowAsync(Guid id, FollowRequest request, CustomerPortal portal, CancellationToken ct) =>
        await portal.FollowAsync(id, request.Follow, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Created<SharedTaskView>> AddTaskAsync(SharedTaskRequest request, CustomerPortal portal, CancellationToken ct)
    {
        var task = await portal.AddTaskAsync(request, ct);
        return TypedResults.Created($"/api/v1/portal/tasks/{task.Id}", task);
    }

    private static async Task<Results<Ok<SharedTaskView>, NotFound>> UpdateTaskAsync(Guid id, SharedTaskRequest request, CustomerPortal portal,
        CancellationToken ct) =>
        await portal.UpdateTaskAsync(id, request, ct) is { } task ? TypedResults.Ok(task) : TypedResults.NotFound();

    private static async Task<Created<QuestionView>> AskAsync(AskRequest request, CustomerPortal portal, CancellationToken ct)
    {
        var question = await portal.AskAsync(request, ct);
        return TypedResults.Created($"/api/v1/portal/questions/{question.Id}", question);
    }

    private static async Task<NoContent> SetPasswordAsync(PasswordRequest request, CustomerScope scope, CustomerAccess access, CancellationToken ct)
    {
        await access.SetPasswordAsync(scope.Required, request.Password, ct);
        return TypedResults.NoContent();
    }
}

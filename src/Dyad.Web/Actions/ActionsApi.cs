using System.Security.Claims;
using Dyad.Core.Actions;
using Dyad.Core.Common;
using Dyad.Core.Workspaces;
using Dyad.Data.Actions;
using Dyad.Data.Common;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Actions;

/// <summary>Action items with their tasks and comments, closing the loop, the detractor rule's limits, and playbooks.</summary>
public static class ActionsApi
{
    private const string GetActionRoute = "GetAction";
    private const string GetPlaybookRoute = "GetPlaybook";

    public static IEndpointRouteBuilder MapActionsApi(this IEndpointRouteBuilder app)
    {
        var actions = app.MapGroup("/api/v1/actions").WithTags("Actions").RequirePermission(Permission.Read);
        actions.MapGet("/", ListAsync).WithNextLink()
            .WithSummary("Actions a page at a time, most due first; ?owner={userId|me}&account=&status=open|in_progress|loop_closed|cancelled&type=risk|opportunity|follow_up|improvement&active=true&overdue=true; sort by due_at (default), created_at or title.");
        actions.MapGet("/{id:guid}", GetAsync).HasETag<ActionItem>().WithName(GetActionRoute).WithSummary("One action with its tasks, comments and closure.");
        actions.MapPost("/", CreateAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Opens an action; it starts with the tasks of the given playbook, or of its type's default playbook.");
        actions.MapPut("/{id:guid}", UpdateAsync).HasETag<ActionItem>().RequirePermission(Permission.Contribute)
            .WithSummary("Changes type, title, description, account, owner, due date, priority and links; moving the due date lets it escalate again.");
        actions.MapDelete("/{id:guid}", DeleteAsync).HasETag<ActionItem>().RequirePermission(Permission.ManageAccounts).WithSummary("Deletes an action opened by mistake.");
        actions.MapPut("/{id:guid}/status", ChangeStatusAsync).HasETag<ActionItem>("id").RequirePermission(Permission.Contribute)
            .WithSummary("Sets open, in_progress or cancelled (or reopens); loop_closed only through close-loop.");
        actions.MapPost("/{id:guid}/close-loop", CloseLoopAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Closes the loop: the customer contact (stakeholderId, or contactName / contactEmail), contactedOn and the outcome are required.");
        actions.MapPost("/{id:guid}/comments", CommentAsync).RequirePermission(Permission.Contribute).WithSummary("Adds a comment.");
        actions.MapPost("/{id:guid}/tasks", AddTaskAsync).RequirePermission(Permission.Contribute).WithSummary("Adds a task to the checklist.");
        actions.MapPut("/{id:guid}/tasks/{taskId:guid}", CheckTaskAsync).HasETag<ActionTask>().RequirePermission(Permission.Contribute)
            .WithSummary("Ticks a task done, or not.");

        var rules = app.MapGroup("/api/v1/action-rules").WithTags("Actions").RequirePermission(Permission.Read);
        rules.MapGet("/", async (ActionRuleSettingsService settings, CancellationToken ct) => TypedResults.Ok(await settings.GetAsync(ct)))
            .WithSummary("When a survey response opens a risk action: NPS, CSAT and CES at or below these limits.");
        rules.MapPut("/", async (ResponseRules request, ActionRuleSettingsService settings, CancellationToken ct) =>
                TypedResults.Ok(await settings.UpdateAsync(request, ct)))
            .RequirePermission(Permission.Configure).WithSummary("Sets the limits, or switches the rule off.");

        var playbooks = app.MapGroup("/api/v1/playbooks").WithTags("Playbooks").RequirePermission(Permission.Read);
        playbooks.MapGet("/", async (PlaybookService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .Unpaged("A workspace keeps a playbook or two per action type, read whole to pick one.")
            .WithSummary("The workspace's playbooks by action type, defaults first.");
        playbooks.MapGet("/{id:guid}", GetPlaybookAsync).HasETag<Playbook>().WithName(GetPlaybookRoute).WithSummary("One playbook.");
        playbooks.MapPost("/", CreatePlaybookAsync).RequirePermission(Permission.Configure)
            .WithSummary("Adds a playbook: tasks with the days after an action opens they are due; isDefault makes it its type's default.");
        playbooks.MapPut("/{id:guid}", UpdatePlaybookAsync).HasETag<Playbook>().RequirePermission(Permission.Configure).WithSummary("Changes a playbook.");
        playbooks.MapDelete("/{id:guid}", DeletePlaybookAsync).HasETag<Playbook>().RequirePermission(Permission.Configure)
            .WithSummary("Deletes a playbook of the workspace's own (409 for a built-in one); actions keep their tasks.");
        return app;
    }

    private static async Task<Ok<CursorPage<ActionSummary>>> ListAsync(string? owner, Guid? account, string? status, string? type,
        bool? active, bool? overdue, [AsParameters] PageQuery page, ClaimsPrincipal user, ActionQueries queries, CancellationToken ct)
    {
        var ownerId = owner switch
        {
            null => (Guid?)null,
            "me" => user.UserId(),
            _ when Guid.TryParse(owner, out var id) => id,
            _ => throw DomainValidationException.For(nameof(owner), "Give a user id, or 'me'."),
        };
        var filter = new ActionFilter(ownerId, account, QueryValues.Enum<ActionStatus>(status, nameof(status)), QueryValues.Enum<ActionType>(type, nameof(type)),
            overdue == true, active == true);
        return TypedResults.Ok(await queries.PageAsync(filter, page.ToRequest(), ct));
    }

    private static async Task<Results<Ok<ActionView>, NotFound>> GetAsync(Guid id, ActionQueries queries, CancellationToken ct) =>
        await queries.GetAsync(id, ct) is { } action ? TypedResults.Ok(action) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<ActionView>> CreateAsync(NewAction request, ClaimsPrincipal user, ActionCommands commands,
        CancellationToken ct)
    {
        var action = await commands.CreateAsync(request, user.ToActor(), ct);
        return TypedResults.CreatedAtRoute(action, GetActionRoute, new { id = action.Id });
    }

    private static async Task<Results<Ok<ActionView>, NotFound>> UpdateAsync(Guid id, ActionDetails details, ActionCommands commands,
        CancellationToken ct) =>
        Found(await commands.UpdateAsync(id, details, ct));

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, ActionCommands commands, CancellationToken ct) =>
        await commands.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<ActionView>, NotFound>> ChangeStatusAsync(Guid id, ActionStatusChange change, ActionCommands commands,
        CancellationToken ct) =>
        Found(await commands.ChangeStatusAsync(id, change.Status, ct));

    private static async Task<Results<Ok<ActionView>, NotFound>> CloseLoopAsync(Guid id, LoopClosure closure, ActionCommands commands,
        CancellationToken ct) =>
        Found(await commands.CloseLoopAsync(id, closure, ct));

    private static async Task<Results<Ok<ActionView>, NotFound>> CommentAsync(Guid id, NewActionComment comment, ClaimsPrincipal user,
        ActionCommands commands, CancellationToken ct) =>
        Found(await commands.CommentAsync(id, comment.Text, user.ToActor(), ct));

    private static async Task<Results<Ok<ActionView>, NotFound>> AddTaskAsync(Guid id, NewActionTask task, ActionCommands commands,
        CancellationToken ct) =>
        Found(await commands.AddTaskAsync(id, task, ct));

    private static async Task<Results<Ok<ActionView>, NotFound>> CheckTaskAsync(Guid id, Guid taskId, ActionTaskCheck check, ClaimsPrincipal user,
        ActionCommands commands, CancellationToken ct) =>
        Found(await commands.CheckTaskAsync(id, taskId, check.Done, user.ToActor(), ct));

    private static async Task<Results<Ok<PlaybookView>, NotFound>> GetPlaybookAsync(Guid id, PlaybookService service, CancellationToken ct) =>
        await service.GetAsync(id, ct) is { } playbook ? TypedResults.Ok(playbook) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<PlaybookView>> CreatePlaybookAsync(PlaybookDetails details, PlaybookService service, CancellationToken ct)
    {
        var playbook = await service.CreateAsync(details, ct);
        return TypedResults.CreatedAtRoute(playbook, GetPlaybookRoute, new { id = playbook.Id });
    }

    private static async Task<Results<Ok<PlaybookView>, NotFound>> UpdatePlaybookAsync(Guid id, PlaybookDetails details, PlaybookService service,
        CancellationToken ct) =>
        await service.UpdateAsync(id, details, ct) is { } playbook ? TypedResults.Ok(playbook) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeletePlaybookAsync(Guid id, PlaybookService service, CancellationToken ct) =>
        await service.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static Results<Ok<ActionView>, NotFound> Found(ActionView? action) =>
        action is null ? TypedResults.NotFound() : TypedResults.Ok(action);
}

using System.Net;
using Dyad.Core.Actions;
using Dyad.Core.Workspaces;
using Dyad.Data.Actions;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Actions;

/// <summary>Actions by hand: filters, tasks, comments, playbooks, and the rule that a closed loop names the contact and the outcome.</summary>
public abstract class ActionsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static async Task<ActionView> OpenAsync(ActionsTestScene scene, NewAction action, HttpClient? client = null) =>
        await (await (client ?? scene.Manager).PostJsonAsync("/api/v1/actions", action)).ReadAsync<ActionView>(HttpStatusCode.Created);

    private static NewAction Follow(ActionsTestScene scene, string title = "Send the revised drawings", DateTimeOffset? dueAt = null) =>
        new(ActionType.FollowUp, title, scene.Account.Id, dueAt ?? DateTimeOffset.UtcNow.AddDays(3), OwnerId: scene.Owner.Id);

    [Fact]
    public async Task Closing_the_loop_needs_the_contact_the_date_and_the_outcome()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var action = await OpenAsync(scene, Follow(scene));

        var empty = await scene.OwnerClient.PostJsonAsync($"/api/v1/actions/{action.Id}/close-loop", new LoopClosure(null, " ", null, null, ""));
        var errors = await empty.ValidationErrorsAsync();
        Assert.Contains("contact", errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("contactedOn", errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("outcome", errors.Keys, StringComparer.OrdinalIgnoreCase);

        var bySetting = await scene.OwnerClient.PutJsonAsync($"/api/v1/actions/{action.Id}/status", new ActionStatusChange(ActionStatus.LoopClosed));
        Assert.Contains("status", (await bySetting.ValidationErrorsAsync()).Keys, StringComparer.OrdinalIgnoreCase);

        var stranger = await (await scene.Manager.PostJsonAsync("/api/v1/accounts",
            new Dyad.Core.Accounts.AccountDetails("Other firm", Dyad.Core.Accounts.RelationshipType.Transactional))).ReadAsync<Dyad.Data.Accounts.AccountView>(HttpStatusCode.Created);
        var otherPerson = await (await scene.Manager.PostJsonAsync($"/api/v1/accounts/{stranger.Id}/stakeholders",
                new Dyad.Core.Accounts.StakeholderDetails("Ola Nordmann", null, null, null, Dyad.Core.Accounts.HierarchyLevel.Senior,
                    Dyad.Core.Accounts.BuyingCentreRole.Buyer, true)))
            .ReadAsync<Dyad.Data.Accounts.StakeholderView>(HttpStatusCode.Created);
        var wrongPerson = await scene.OwnerClient.PostJsonAsync($"/api/v1/actions/{action.Id}/close-loop",
            new LoopClosure(otherPerson.Id, null, null, DateOnly.FromDateTime(DateTime.UtcNow), "Agreed."));
        Assert.Contains("stakeholderId", (await wrongPerson.ValidationErrorsAsync()).Keys, StringComparer.OrdinalIgnoreCase);

        var still = await (await scene.Manager.GetAsync($"/api/v1/actions/{action.Id}")).ReadAsync<ActionView>();
        Assert.Equal(ActionStatus.Open, still.Status);

        var contactedOn = DateOnly.FromDateTime(DateTime.UtcNow);
        var closed = await (await scene.OwnerClient.PostJsonAsync($"/api/v1/actions/{action.Id}/close-loop",
            new LoopClosure(scene.Stakeholder.Id, null, null, contactedOn, "Drawings accepted; Eva confirmed by phone."))).ReadAsync<ActionView>();
        Assert.Equal(ActionStatus.LoopClosed, closed.Status);
        Assert.Equal("Eva Lindqvist", closed.Closure!.StakeholderName);
        Assert.Equal(contactedOn, closed.Closure.ContactedOn);
        Assert.Equal("Drawings accepted; Eva confirmed by phone.", closed.Closure.Outcome);
    }

    [Fact]
    public async Task A_contact_named_by_hand_closes_the_loop_too()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var action = await OpenAsync(scene, Follow(scene));

        var closed = await (await scene.OwnerClient.PostJsonAsync($"/api/v1/actions/{action.Id}/close-loop",
            new LoopClosure(null, "Pekka (site manager)", "pekka@cranes.example", DateOnly.FromDateTime(DateTime.UtcNow), "He is satisfied.")))
            .ReadAsync<ActionView>();

        Assert.Equal(ActionStatus.LoopClosed, closed.Status);
        Assert.Equal("Pekka (site manager)", closed.Closure!.ContactName);
    }

    [Fact]
    public async Task Lists_filter_by_owner_account_status_type_and_overdue()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var late = await OpenAsync(scene, Follow(scene, "Late one", DateTimeOffset.UtcNow.AddDays(-2)));
        var mine = await OpenAsync(scene, new NewAction(ActionType.Improvement, "Shorter FAT reports", scene.Account.Id, DateTimeOffset.UtcNow.AddDays(30)),
            scene.OwnerClient);
        var cancelled = await OpenAsync(scene, Follow(scene, "Never mind"));
        await (await scene.Manager.PutJsonAsync($"/api/v1/actions/{cancelled.Id}/status", new ActionStatusChange(ActionStatus.Cancelled))).ReadAsync<ActionView>();

        async Task<string[]> TitlesAsync(HttpClient client, string query) =>
            (await (await client.GetAsync($"/api/v1/actions{query}")).ReadItemsAsync<ActionSummary>()).Select(a => a.Title).Order().ToArray();

        Assert.Equal(["Late one", "Never mind", "Shorter FAT reports"], await TitlesAsync(scene.Manager, $"?owner={scene.Owner.Id}"));
        Assert.Equal(["Late one", "Never mind", "Shorter FAT reports"], await TitlesAsync(scene.OwnerClient, "?owner=me"));
        Assert.Empty(await TitlesAsync(scene.Manager, "?owner=me"));
        Assert.Equal(["Late one"], await TitlesAsync(scene.Manager, "?overdue=true"));
        Assert.Equal(["Late one", "Shorter FAT reports"], await TitlesAsync(scene.Manager, "?active=true"));
        Assert.Equal(["Never mind"], await TitlesAsync(scene.Manager, "?status=cancelled"));
        Assert.Equal(["Shorter FAT reports"], await TitlesAsync(scene.Manager, "?type=improvement"));
        Assert.Equal(["Late one", "Never mind", "Shorter FAT reports"], await TitlesAsync(scene.Manager, $"?account={scene.Account.Id}"));
        Assert.Equal(scene.Owner.Id, mine.OwnerId);
        Assert.True((await (await scene.Manager.GetAsync($"/api/v1/actions/{late.Id}")).ReadAsync<ActionView>()).Overdue);
        Assert.Contains("type", (await (await scene.Manager.GetAsync("/api/v1/actions?type=urgent")).ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Tasks_are_ticked_and_comments_kept_in_order()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var action = await OpenAsync(scene, Follow(scene));
        Assert.Equal(["Contact the customer", "Record what was agreed"], action.Tasks.Select(t => t.Title));

        var added = await (await scene.OwnerClient.PostJsonAsync($"/api/v1/actions/{action.Id}/tasks", new NewActionTask("Ask engineering for a date")))
            .ReadAsync<ActionView>();
        var ticked = await (await scene.OwnerClient.PutJsonAsync($"/api/v1/actions/{action.Id}/tasks/{added.Tasks[0].Id}", new ActionTaskCheck(true)))
            .ReadAsync<ActionView>();
        await scene.OwnerClient.PostJsonAsync($"/api/v1/actions/{action.Id}/comments", new NewActionComment("Called Eva, she was out."));
        var commented = await (await scene.Manager.PostJsonAsync($"/api/v1/actions/{action.Id}/comments", new NewActionComment("Try tomorrow morning.")))
            .ReadAsync<ActionView>();

        Assert.Equal(3, ticked.Tasks.Count);
        Assert.True(ticked.Tasks[0].Done);
        Assert.Equal(["Called Eva, she was out.", "Try tomorrow morning."], commented.Comments.Select(c => c.Text));
        Assert.Equal(scene.Owner.Id, commented.Comments[0].AuthorId);
        var blank = await scene.OwnerClient.PostJsonAsync($"/api/v1/actions/{action.Id}/comments", new NewActionComment(" "));
        Assert.Contains("text", (await blank.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task A_new_default_playbook_shapes_the_next_actions_of_its_type()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var playbook = await (await scene.Manager.PostJsonAsync("/api/v1/playbooks", new PlaybookDetails("Quick follow-up", ActionType.FollowUp,
            [new("Reply to the customer", 0), new("Log the call", 1)], IsDefault: true))).ReadAsync<PlaybookView>(HttpStatusCode.Created);

        var action = await OpenAsync(scene, Follow(scene) with { DueAt = null });

        Assert.Equal(playbook.Id, action.PlaybookId);
        Assert.Equal(["Reply to the customer", "Log the call"], action.Tasks.Select(t => t.Title));
        Assert.Equal(action.CreatedAt.AddDays(1), action.DueAt);
        var playbooks = await (await scene.Manager.GetAsync("/api/v1/playbooks")).ReadAsync<List<PlaybookView>>();
        Assert.Equal([playbook.Id], playbooks.Where(p => p.ActionType == ActionType.FollowUp && p.IsDefault).Select(p => p.Id));
        var builtIn = playbooks.Single(p => p.Name == "Follow up");
        Assert.Equal(HttpStatusCode.Conflict, (await scene.Manager.DeleteAsync($"/api/v1/playbooks/{builtIn.Id}")).StatusCode);
        var noSteps = await scene.Manager.PostJsonAsync("/api/v1/playbooks", new PlaybookDetails("Empty", ActionType.Risk, []));
        Assert.Contains("steps", (await noSteps.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Viewers_read_contributors_act_and_another_workspace_sees_nothing()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var action = await OpenAsync(scene, Follow(scene));
        var viewer = await app.ApiClientAsync(DyadRole.Viewer, scene.Slug);
        var outsider = await app.ApiClientAsync(DyadRole.Admin, $"other-{Guid.NewGuid():N}"[..20]);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/actions/{action.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync($"/api/v1/actions/{action.Id}/comments", new NewActionComment("Hi"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await scene.Contributor.PostJsonAsync("/api/v1/playbooks",
            new PlaybookDetails("Mine", ActionType.Risk, [new("Call", 1)]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/actions/{action.Id}")).StatusCode);
        Assert.Empty(await (await outsider.GetAsync("/api/v1/actions")).ReadItemsAsync<ActionSummary>());
        var foreignAccount = await outsider.PostJsonAsync("/api/v1/actions", Follow(scene) with { OwnerId = null });
        Assert.Contains("accountId", (await foreignAccount.ValidationErrorsAsync()).Keys, StringComparer.OrdinalIgnoreCase);
    }
}

public sealed class ActionsApiTestsOnSqlite(SqliteApp app) : ActionsApiTests<SqliteApp>(app);

public sealed class ActionsApiTestsOnPostgres(PostgresApp app) : ActionsApiTests<PostgresApp>(app);

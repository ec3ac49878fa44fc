using System.Net;
using System.Text.RegularExpressions;
using Dyad.Core.Actions;
using Dyad.Core.Actions.Webhooks;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Actions;
using Dyad.Data.Actions.Webhooks;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Dyad.Data.Notifications;
using Dyad.Data.Surveys;
using Dyad.Data.Surveys.Respondents;
using Dyad.Data.Workspaces;
using Dyad.Web.Tests.Api;
using Dyad.Web.Tests.Infrastructure;
using Dyad.Web.Tests.Surveys;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Actions;

/// <summary>The detractor / low CSAT / low CES rule: each way it fires, each way it does not, and once per response.</summary>
public abstract class ResponseRuleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static async Task<IReadOnlyList<ActionSummary>> ActionsAsync(ActionsTestScene scene, string query = "") =>
        await (await scene.Manager.GetAsync($"/api/v1/actions{query}")).ReadItemsAsync<ActionSummary>();

    private static MultipartFormDataContent CsvFile(string csv) => new() { { new StringContent(csv), "file", "responses.csv" } };

    /// <summary>
    /// The follow-up job's pass in the scene's workspace on an app instance (the test app's unless another is given),
    /// which the test app leaves to the test; how many actions it opened.
    /// </summary>
    private async Task<int> OpenQueuedFollowUpsAsync(ActionsTestScene scene, IServiceProvider? instance = null)
    {
        await using var scope = (instance ?? app.Services).CreateAsyncScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().FindAsync(scene.Slug);
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspace!.Id);
        return await scope.ServiceProvider.GetRequiredService<ResponseActionRule>().OpenQueuedAsync();
    }

    [Fact]
    public async Task Detractor_response_opens_a_risk_action_for_the_account_owner_with_the_detractor_playbook()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);

        var response = await scene.AnswerAsync(survey, 4);

        var summary = Assert.Single(await ActionsAsync(scene));
        var action = await (await scene.Manager.GetAsync($"/api/v1/actions/{summary.Id}")).ReadAsync<ActionView>();
        Assert.Equal(ActionType.Risk, action.Type);
        Assert.Equal(scene.Owner.Id, action.OwnerId);
        Assert.Equal(scene.Account.Id, action.AccountId);
        Assert.Equal(response.Id, action.Links.ResponseId);
        Assert.Equal("NPS 4: at or below the workspace's limit of 6.", action.Reason);
        Assert.Contains("Eva Lindqvist", action.Title, StringComparison.Ordinal);
        Assert.Equal("Detractor recovery", action.PlaybookName);
        Assert.Equal(["Call the customer within 24 hours", "Find the root cause with the people involved", "Agree a fix with the customer",
            "Confirm with the customer that the fix worked"], action.Tasks.Select(t => t.Title));
        Assert.Equal(action.CreatedAt.AddDays(1), action.Tasks[0].DueAt);
        var bell = await (await scene.OwnerClient.GetAsync("/api/v1/notifications")).ReadAsync<NotificationList>();
        Assert.Contains(bell.Items, n => n.Link == $"/actions/{action.Id}" && n.Text.Contains("NPS 4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_passive_or_a_promoter_opens_no_action()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);

        await scene.AnswerAsync(survey, 7);
        await scene.AnswerAsync(survey, 10);

        Assert.Empty(await ActionsAsync(scene));
    }

    [Fact]
    public async Task The_same_response_submitted_again_opens_no_second_action()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);

        await scene.AnswerAsync(survey, 0, idempotencyKey: "crm-4711");
        await scene.AnswerAsync(survey, 0, idempotencyKey: "crm-4711", expected: HttpStatusCode.OK);

        Assert.Single(await ActionsAsync(scene));
    }

    [Fact]
    public async Task Simultaneous_retries_with_one_key_store_one_response_with_one_action_and_one_notification()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);

        var replies = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => scene.SendAnswerAsync(survey, 2, idempotencyKey: "crm-4712")));

        Assert.Single(replies, r => r.StatusCode == HttpStatusCode.Created);
        var responses = await Task.WhenAll(replies.Select(r => r.ReadAsync<SurveyResponseView>(
            r.StatusCode == HttpStatusCode.Created ? HttpStatusCode.Created : HttpStatusCode.OK)));
        var stored = Assert.Single(await (await scene.Manager.GetAsync($"/api/v1/surveys/{survey}/responses")).ReadItemsAsync<SurveyResponseView>());
        Assert.All(responses, r => Assert.Equal(stored.Id, r.Id));
        var action = Assert.Single(await ActionsAsync(scene));
        var bell = await (await scene.OwnerClient.GetAsync("/api/v1/notifications")).ReadAsync<NotificationList>();
        Assert.Single(bell.Items, n => n.Link == $"/actions/{action.Id}");
    }

    [Theory]
    [InlineData("csat", 2, true)]
    [InlineData("csat", 3, false)]
    [InlineData("ces", 3, true)]
    [InlineData("ces", 4, false)]
    public async Task Low_csat_and_ces_fire_at_or_below_the_default_limit(string instrument, int score, bool fires)
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(instrument);

        await scene.AnswerAsync(survey, score);

        var actions = await ActionsAsync(scene);
        Assert.Equal(fires ? 1 : 0, actions.Count);
        Assert.All(actions, a => Assert.StartsWith($"{instrument.ToUpperInvariant()} {score}:", a.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_workspace_limits_decide_and_switching_the_rule_off_stops_it()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var csat = await scene.OpenSurveyAsync(BuiltInInstruments.CsatKey);
        var nps = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);
        await (await scene.Manager.PutJsonAsync("/api/v1/action-rules", new ResponseRules(true, 6, 3, 3))).ReadAsync<ResponseRules>();

        await scene.AnswerAsync(csat, 3);
        Assert.Single(await ActionsAsync(scene));

        await (await scene.Manager.PutJsonAsync("/api/v1/action-rules", ResponseRules.Default with { Enabled = false })).ReadAsync<ResponseRules>();
        await scene.AnswerAsync(nps, 0);
        Assert.Single(await ActionsAsync(scene));

        var refused = await scene.Manager.PutJsonAsync("/api/v1/action-rules", new ResponseRules(true, 11, 2, 3));
        Assert.Contains("npsAtMost", (await refused.ValidationErrorsAsync()).Keys, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_response_without_an_account_opens_no_action()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey, allowAnonymous: true);

        await scene.AnswerAsync(survey, 2, withAccount: false);

        Assert.Empty(await ActionsAsync(scene));
    }

    [Fact]
    public async Task Imported_detractors_open_actions_once_however_often_the_file_is_imported()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);
        var csv = $"response_id,account,stakeholder_email,score\nr-1,{scene.Account.Name},eva@cranes.example,3\nr-2,{scene.Account.Name},,9\n";

        var opened = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            var imported = await scene.Contributor.PostAsync($"/api/v1/surveys/{survey}/responses/import", CsvFile(csv));
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
            opened.Add(await OpenQueuedFollowUpsAsync(scene));
        }

        Assert.Equal([1, 0], opened);
        var action = Assert.Single(await ActionsAsync(scene));
        Assert.Equal("NPS 3: at or below the workspace's limit of 6.", action.Reason);
    }

    [Fact]
    public async Task An_imported_detractor_waits_for_the_follow_up_job_which_opens_its_action_once_even_when_two_instances_run_it()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);
        var csv = new System.Text.StringBuilder("response_id,account,stakeholder_email,score\n");
        for (var i = 0; i < 1200; i++)
        {
            // More than one transaction's worth of detractors, among passives the rule leaves alone.
            csv.Append($"r-{i},{scene.Account.Name},eva@cranes.example,{(i % 3 == 0 ? 7 : 2)}\n");
        }

        var imported = await scene.Contributor.PostAsync($"/api/v1/surveys/{survey}/responses/import", CsvFile(csv.ToString()));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Empty(await ActionsAsync(scene));
        await using (var second = app.WithWebHostBuilder(_ => { }))
        {
            var passes = await Task.WhenAll(OpenQueuedFollowUpsAsync(scene), OpenQueuedFollowUpsAsync(scene, second.Services));
            Assert.Equal(800, passes.Sum());
        }

        Assert.Equal(0, await OpenQueuedFollowUpsAsync(scene));
        var actions = await Pages.WalkAsync<ActionSummary>(scene.Manager, "/api/v1/actions?limit=200");
        Assert.Equal(800, actions.Select(a => a.Id).Distinct().Count());
        Assert.All(actions, a => Assert.StartsWith("NPS 2 from Eva Lindqvist", a.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_running_instance_opens_follow_ups_left_queued_when_it_starts_and_its_own_imports_at_once()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);
        var file = (string key, int score) => CsvFile($"response_id,account,stakeholder_email,score\n{key},{scene.Account.Name},eva@cranes.example,{score}\n");
        // Queued by an instance that does not run the job, as if it had been killed before its pass.
        Assert.Equal(HttpStatusCode.OK, (await scene.Contributor.PostAsync($"/api/v1/surveys/{survey}/responses/import", file("left", 2))).StatusCode);

        // The regular pass is an hour away: only the start-up pass and an import's wake-up can open anything here.
        await using var running = app.WithWebHostBuilder(b => b.UseSetting("Dyad:FollowUps:Enabled", "true").UseSetting("Dyad:FollowUps:Interval", "01:00:00"));
        var contributor = running.CreateClient();
        contributor.DefaultRequestHeaders.Authorization = scene.Contributor.DefaultRequestHeaders.Authorization;
        Assert.Contains("NPS 2", Assert.Single(await ActionsOnceOpenedAsync(scene, 1)).Title, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await contributor.PostAsync($"/api/v1/surveys/{survey}/responses/import", file("own", 5))).StatusCode);

        Assert.Contains(await ActionsOnceOpenedAsync(scene, 2), a => a.Title.StartsWith("NPS 5", StringComparison.Ordinal));
    }

    /// <summary>The scene's actions once there are <paramref name="count"/>, waiting up to half a minute for a background job to open them.</summary>
    private static async Task<IReadOnlyList<ActionSummary>> ActionsOnceOpenedAsync(ActionsTestScene scene, int count)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var actions = await ActionsAsync(scene);
        while (actions.Count < count && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(200);
            actions = await ActionsAsync(scene);
        }
        Assert.Equal(count, actions.Count);
        return actions;
    }

    [Fact]
    public async Task A_follow_up_queued_while_the_rule_was_on_opens_nothing_once_the_rule_is_switched_off()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var admin = await app.ApiClientAsync(DyadRole.Admin, scene.Slug);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);
        var imported = await scene.Contributor.PostAsync($"/api/v1/surveys/{survey}/responses/import",
            CsvFile($"response_id,account,stakeholder_email,score\nr-1,{scene.Account.Name},eva@cranes.example,1\n"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        await app.InWorkspaceAsync(scene.Slug, services =>
            services.GetRequiredService<ActionRuleSettingsService>().UpdateAsync(ResponseRules.Default with { Enabled = false }));

        Assert.Equal(0, await OpenQueuedFollowUpsAsync(scene));
        await app.InWorkspaceAsync(scene.Slug, services => services.GetRequiredService<ActionRuleSettingsService>().UpdateAsync(ResponseRules.Default));
        Assert.Equal(0, await OpenQueuedFollowUpsAsync(scene));
        Assert.Empty(await ActionsAsync(scene));
    }

    [Fact]
    public async Task Imported_detractors_get_the_action_tasks_notification_webhook_and_audit_entries_an_answer_through_the_api_gets()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var admin = await app.ApiClientAsync(DyadRole.Admin, scene.Slug);
        await (await admin.PostJsonAsync("/api/v1/webhooks", new WebhookDetails("https://hooks.example/actions", ["action.created"])))
            .ReadAsync<WebhookView>(HttpStatusCode.Created);
        var survey = await scene.OpenSurveyAsync(BuiltInInstruments.NpsKey);
        var answered = await scene.AnswerAsync(survey, 3);
        var single = Assert.Single(await ActionsAsync(scene));
        // Several detractors in one file, as an import brings them, are written together rather than one by one.
        var csv = $"response_id,account,stakeholder_email,score\nr-1,{scene.Account.Name},eva@cranes.example,3\n" +
                  $"r-2,{scene.Account.Name},eva@cranes.example,3\nr-3,{scene.Account.Name},,9\nr-4,{scene.Account.Name},eva@cranes.example,3\n";

        for (var i = 0; i < 2; i++)
        {
            var imported = await scene.Contributor.PostAsync($"/api/v1/surveys/{survey}/responses/import", CsvFile(csv));
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        }
        await OpenQueuedFollowUpsAsync(scene);

        var actions = await ActionsAsync(scene);
        Assert.Equal(4, actions.Count);
        var expected = await TrailAsync(scene, admin, single.Id);
        Assert.Equal(answered.Id.ToString(), Assert.Single(expected.Action.Changes, c => c.Property == "Links.ResponseId").New);
        foreach (var action in actions.Where(a => a.Id != single.Id))
        {
            var trail = await TrailAsync(scene, admin, action.Id);
            Assert.Equal(Normalized(expected.Action), Normalized(trail.Action));
            Assert.Equal(expected.Tasks.Select(Normalized), trail.Tasks.Select(Normalized));
            Assert.Equal(Normalized(expected.Notification), Normalized(trail.Notification));
            // The import's follow-ups are opened by the follow-up job, not by whoever imported the file.
            Assert.All([trail.Action, .. trail.Tasks, trail.Notification], e => Assert.Equal((ActorKind.System, "system"), (e.ActorKind, e.ActorName)));
        }
        var deliveries = await AuditEntriesAsync(admin, "entityType=WebhookDelivery");
        Assert.Equal(actions.Select(a => a.Id.ToString()).Order(), deliveries.Select(ActionIdOf).Order());
        Assert.Single(deliveries.Select(d => string.Join(",", d.Changes.Select(c => c.Property))).Distinct());
    }

    private static async Task<List<AuditEntryView>> AuditEntriesAsync(HttpClient admin, string query) =>
        (await (await admin.GetAsync($"/api/v1/audit?limit=200&{query}")).ReadAsync<CursorPage<AuditEntryView>>()).Items.ToList();

    /// <summary>The audit entries of an action, its playbook tasks in order and its owner's notification, one each.</summary>
    private static async Task<(AuditEntryView Action, IReadOnlyList<AuditEntryView> Tasks, AuditEntryView Notification)> TrailAsync(
        ActionsTestScene scene, HttpClient admin, Guid actionId)
    {
        var action = await (await scene.Manager.GetAsync($"/api/v1/actions/{actionId}")).ReadAsync<ActionView>();
        Assert.Equal(4, action.Tasks.Count);
        var tasks = new List<AuditEntryView>();
        foreach (var task in action.Tasks)
        {
            tasks.Add(Assert.Single(await AuditEntriesAsync(admin, $"entityType=ActionTask&entityId={task.Id}")));
        }
        var bell = await (await scene.OwnerClient.GetAsync("/api/v1/notifications")).ReadAsync<NotificationList>();
        var notice = Assert.Single(bell.Items, n => n.Link == $"/actions/{actionId}");
        return (Assert.Single(await AuditEntriesAsync(admin, $"entityType=ActionItem&entityId={actionId}")), tasks,
            Assert.Single(await AuditEntriesAsync(admin, $"entityType=Notification&entityId={notice.Id}")));
    }

    /// <summary>An entry with its ids and times blanked, which differ from action to action, and without its actor; everything else must not.</summary>
    private static string Normalized(AuditEntryView entry) =>
        $"{entry.EntityType} {entry.Action}: " +
        string.Join("; ", entry.Changes.Select(c => $"{c.Property}={Blank(c.Old)}->{Blank(c.New)}"));

    private static string? Blank(string? value) =>
        value is null ? null
        : Guid.TryParse(value, out _) ? "id"
        : Regex.IsMatch(value, @"^\d{4}-\d{2}-\d{2}T") ? "time"
        : Regex.Replace(value, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "id");

    private static string ActionIdOf(AuditEntryView delivery) =>
        Regex.Match(Assert.Single(delivery.Changes, c => c.Property == "Payload").New!, "\"data\":\\{\"id\":\"([^\"]+)\"").Groups[1].Value;

    [Fact]
    public async Task A_detractor_answer_through_a_personal_link_opens_an_action_on_the_invited_account()
    {
        var surveyId = await RespondentFixture.OpenSurveyAsync(app);
        var invited = await RespondentFixture.InviteAsync(app, surveyId);

        await app.InWorkspaceAsync(Workspace.DemoSlug, services => services.GetRequiredService<RespondentService>()
            .SubmitInvitationAsync(invited.Token, new Dictionary<string, Answer> { ["score"] = new(Number: 5), ["ease"] = new(Number: 2) }, "en"));

        var manager = await app.ApiClientAsync(DyadRole.CxManager);
        var actions = await (await manager.GetAsync($"/api/v1/actions?account={invited.AccountId}")).ReadItemsAsync<ActionSummary>();
        Assert.Equal("NPS 5: at or below the workspace's limit of 6.", Assert.Single(actions).Reason);
    }
}

public sealed class ResponseRuleTestsOnSqlite(SqliteApp app) : ResponseRuleTests<SqliteApp>(app);

public sealed class ResponseRuleTestsOnPostgres(PostgresApp app) : ResponseRuleTests<PostgresApp>(app);

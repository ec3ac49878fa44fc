using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Alerts;
using Dyad.Core.Actions.Webhooks;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Actions.Webhooks;
using Dyad.Data.Alerts;
using Dyad.Data.Common;
using Dyad.Data.Notifications;
using Dyad.Data.Users;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Alerts;

/// <summary>
/// Communications logged through the API, rules evaluated on demand, alerts de-duplicated, cleared and closed. Each test
/// works on an account of its own and evaluates that account alone, so the demo's alerts never mix in.
/// </summary>
public abstract class AlertsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private const string UnansweredQuestion = "unanswered_question";

    private sealed record Fixture(HttpClient Client, Guid AccountId, Guid StakeholderId, UserView Owner);

    private async Task<Fixture> NewAccountAsync(RelationshipType ours = RelationshipType.Relational)
    {
        var owner = await app.CreateUserAsync(DyadRole.AccountManager);
        var client = await app.ApiClientAsync(owner);
        var account = await (await client.PostJsonAsync("/api/v1/accounts",
            new AccountDetails($"Alerts test {Guid.NewGuid():N}", ours, OwnerId: owner.Id))).ReadAsync<AccountView>(HttpStatusCode.Created);
        var stakeholder = await (await client.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders",
                new StakeholderDetails("Anna Virtanen", null, "Production manager", "Production", HierarchyLevel.Middle, BuyingCentreRole.User, false)))
            .ReadAsync<StakeholderView>(HttpStatusCode.Created);
        return new Fixture(client, account.Id, stakeholder.Id, owner);
    }

    private static async Task<CommunicationView> AskAsync(Fixture f, double hoursAgo = 30) =>
        await (await f.Client.PostJsonAsync($"/api/v1/accounts/{f.AccountId}/communications",
                new CommunicationDetails(CommunicationKind.Question, DateTimeOffset.UtcNow.AddHours(-hoursAgo), "When is the factory acceptance test?",
                    f.StakeholderId, Channel.Email)))
            .ReadAsync<CommunicationView>(HttpStatusCode.Created);

    private static async Task<EvaluationResult> EvaluateAsync(Fixture f) =>
        await (await f.Client.PostAsync($"/api/v1/alerts/evaluate?accountId={f.AccountId}", null)).ReadAsync<EvaluationResult>();

    private static async Task<List<AlertView>> AlertsAsync(Fixture f, string query = "") =>
        (await (await f.Client.GetAsync($"/api/v1/alerts?accountId={f.AccountId}{query}")).ReadAsync<CursorPage<AlertView>>()).Items.ToList();

    [Fact]
    public async Task Evaluating_twice_keeps_one_open_alert_that_says_why_it_fired()
    {
        var f = await NewAccountAsync();
        await AskAsync(f);

        Assert.Equal(1, (await EvaluateAsync(f)).Opened);
        var again = await EvaluateAsync(f);

        Assert.Equal((0, 1), (again.Opened, again.StillOpen));
        var alert = Assert.Single(await AlertsAsync(f, $"&rule={UnansweredQuestion}"));
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Equal("Unanswered customer question", alert.RuleName);
        Assert.Contains("Anna Virtanen asked by email", alert.Reason);
        Assert.Contains("the limit is 24 hours", alert.Reason);
        Assert.True(alert.LastSeenAt > alert.FirstSeenAt);
    }

    [Fact]
    public async Task Concurrent_evaluations_open_one_alert()
    {
        var f = await NewAccountAsync();
        await AskAsync(f);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => EvaluateAsync(f)));

        Assert.Equal(1, results.Sum(r => r.Opened));
        Assert.Single(await AlertsAsync(f));
    }

    [Fact]
    public async Task Answering_the_question_clears_its_alert()
    {
        var f = await NewAccountAsync();
        var question = await AskAsync(f);
        await EvaluateAsync(f);

        await (await f.Client.PutJsonAsync($"/api/v1/accounts/{f.AccountId}/communications/{question.Id}",
            question.ToDetails() with { AnsweredAt = DateTimeOffset.UtcNow, AnsweredBy = "Project manager" })).ReadAsync<CommunicationView>();
        Assert.Equal(1, (await EvaluateAsync(f)).Cleared);

        var alert = Assert.Single(await AlertsAsync(f));
        Assert.Equal(AlertStatus.Cleared, alert.Status);
        Assert.Empty(await AlertsAsync(f, "&status=open"));
    }

    [Fact]
    public async Task A_question_within_the_limit_fires_nothing_and_another_workspaces_shorter_limit_does_not_apply_here()
    {
        var f = await NewAccountAsync();
        await AskAsync(f, hoursAgo: 5);
        Assert.Equal(0, (await EvaluateAsync(f)).Opened);

        var admin = await app.ApiClientAsync(DyadRole.Admin, "alerts-limit");
        var otherWorkspace = await admin.PutJsonAsync($"/api/v1/alert-rules/{UnansweredQuestion}", new RuleSettingChange(true, 4));
        Assert.Equal(4, (await otherWorkspace.ReadAsync<RuleSettingView>()).ThresholdValue);
        Assert.Equal(0, (await EvaluateAsync(f)).Opened);
    }

    [Fact]
    public async Task A_dismissed_alert_needs_a_note_and_does_not_return_while_the_question_waits()
    {
        var f = await NewAccountAsync();
        await AskAsync(f);
        await EvaluateAsync(f);
        var alert = Assert.Single(await AlertsAsync(f));

        var errors = await (await f.Client.PostJsonAsync($"/api/v1/alerts/{alert.Id}/dismiss", new AlertClosing(""))).ValidationErrorsAsync();
        Assert.Equal(["Note is required."], errors["note"]);
        var dismissed = await (await f.Client.PostJsonAsync($"/api/v1/alerts/{alert.Id}/dismiss", new AlertClosing("They asked the partner")))
            .ReadAsync<AlertView>();
        await EvaluateAsync(f);

        Assert.Equal((AlertStatus.Dismissed, "They asked the partner", f.Owner.DisplayName), (dismissed.Status, dismissed.Note, dismissed.ClosedBy));
        Assert.Equal([AlertStatus.Dismissed], (await AlertsAsync(f)).Select(a => a.Status));
    }

    [Fact]
    public async Task The_account_owner_is_notified_once_of_a_new_alert()
    {
        var f = await NewAccountAsync();
        await AskAsync(f);
        await EvaluateAsync(f);
        await EvaluateAsync(f);

        var notifications = await (await f.Client.GetAsync("/api/v1/notifications")).ReadAsync<NotificationList>();

        var notice = Assert.Single(notifications.Items);
        Assert.StartsWith("Unanswered customer question on Alerts test", notice.Text);
        Assert.Equal($"/alerts?account={f.AccountId}", notice.Link);
    }

    [Fact]
    public async Task A_new_alert_is_queued_once_for_the_webhooks_that_want_alert_fired()
    {
        var configurer = await app.ApiClientAsync(DyadRole.CxManager);
        var webhook = await (await configurer.PostJsonAsync("/api/v1/webhooks",
            new WebhookDetails("http://127.0.0.1:9/alerts", ["alert.fired"]))).ReadAsync<WebhookView>(HttpStatusCode.Created);
        var f = await NewAccountAsync();
        await AskAsync(f);

        await EvaluateAsync(f);
        await EvaluateAsync(f);

        var deliveries = await (await configurer.GetAsync($"/api/v1/webhooks/{webhook.Id}/deliveries")).ReadItemsAsync<WebhookDeliveryView>();
        var delivery = Assert.Single(deliveries, d => d.Payload.Contains(f.AccountId.ToString(), StringComparison.Ordinal));
        Assert.Equal("alert.fired", delivery.EventType);
        Assert.Contains($"\"rule\":\"{UnansweredQuestion}\"", delivery.Payload, StringComparison.Ordinal);
        Assert.Contains("the limit is 24 hours", delivery.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_a_rule_off_clears_its_alerts_and_only_configurers_may()
    {
        var f = await NewAccountAsync();
        await AskAsync(f);
        await EvaluateAsync(f);
        var admin = await app.ApiClientAsync(DyadRole.Admin);

        Assert.Equal(HttpStatusCode.Forbidden,
            (await f.Client.PutJsonAsync($"/api/v1/alert-rules/{UnansweredQuestion}", new RuleSettingChange(false, null))).StatusCode);
        var errors = await (await admin.PutJsonAsync($"/api/v1/alert-rules/{UnansweredQuestion}", new RuleSettingChange(true, 0))).ValidationErrorsAsync();
        Assert.Equal(["Response-time limit must be between 1 and 720 hours."], errors["threshold"]);
        try
        {
            await (await admin.PutJsonAsync($"/api/v1/alert-rules/{UnansweredQuestion}", new RuleSettingChange(false, null))).ReadAsync<RuleSettingView>();
            await EvaluateAsync(f);

            Assert.Equal(AlertStatus.Cleared, Assert.Single(await AlertsAsync(f)).Status);
        }
        finally
        {
            await (await admin.PutJsonAsync($"/api/v1/alert-rules/{UnansweredQuestion}", new RuleSettingChange(true, null))).ReadAsync<RuleSettingView>();
        }
    }

    [Fact]
    public async Task Changing_the_relationship_type_is_kept_in_the_history_and_fires_C5_and_C1()
    {
        var f = await NewAccountAsync(RelationshipType.Transactional);
        var account = await (await f.Client.GetAsync($"/api/v1/accounts/{f.AccountId}")).ReadAsync<AccountView>();
        await (await f.Client.PutJsonAsync($"/api/v1/accounts/{f.AccountId}",
            new AccountDetails(account.Name, RelationshipType.Transactional, RelationshipType.Relational, OwnerId: f.Owner.Id))).ReadAsync<AccountView>();

        await EvaluateAsync(f);

        var alerts = await AlertsAsync(f);
        Assert.Equal(["c1_relationship_mismatch", "c5_relationship_change"], alerts.Select(a => a.RuleKey).Order());
        Assert.Contains("the relationship type the customer seeks changed from not known to relational",
            alerts.Single(a => a.RuleKey == "c5_relationship_change").Reason);
    }

    [Fact]
    public async Task A_cost_after_the_contract_date_fires_and_the_log_shows_the_date()
    {
        var f = await NewAccountAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await f.Client.PutJsonAsync($"/api/v1/accounts/{f.AccountId}/communications/contract",
            new ContractSigned(new DateOnly(2026, 1, 15)))).StatusCode);
        await (await f.Client.PostJsonAsync($"/api/v1/accounts/{f.AccountId}/communications", new CommunicationDetails(CommunicationKind.CostChange,
            new DateTimeOffset(2026, 2, 2, 10, 0, 0, TimeSpan.Zero), "Travel to the FAT", Amount: 3200m))).ReadAsync<CommunicationView>(HttpStatusCode.Created);

        await EvaluateAsync(f);

        var timeline = await (await f.Client.GetAsync($"/api/v1/accounts/{f.AccountId}/communications")).ReadAsync<CommunicationTimeline>();
        Assert.Equal(new DateOnly(2026, 1, 15), timeline.ContractSignedOn);
        Assert.Equal("cost_after_signature", Assert.Single(await AlertsAsync(f)).RuleKey);
    }

    [Fact]
    public async Task Another_workspace_sees_neither_the_log_nor_the_alerts()
    {
        var f = await NewAccountAsync();
        await AskAsync(f);
        await EvaluateAsync(f);
        var stranger = await app.ApiClientAsync(DyadRole.Admin, "alerts-stranger");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/accounts/{f.AccountId}/communications")).StatusCode);
        var theirs = await (await stranger.GetAsync($"/api/v1/alerts?accountId={f.AccountId}")).ReadAsync<CursorPage<AlertView>>();
        Assert.Empty(theirs.Items);
    }
}

public sealed class AlertsApiOnSqlite(SqliteApp app) : AlertsApiTests<SqliteApp>(app);

public sealed class AlertsApiOnPostgres(PostgresApp app) : AlertsApiTests<PostgresApp>(app);

using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Actions;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Actions;
using Dyad.Data.Alerts;
using Dyad.Data.Common;
using Dyad.Data.Notifications;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Alerts;

/// <summary>A rule set to open an action does so once per alert, for the account owner, linked both ways; each test has a workspace of its own.</summary>
public abstract class AlertActionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private const string UnansweredQuestion = "unanswered_question";

    internal sealed record Scene(string Slug, HttpClient Admin, HttpClient Owner, UserView OwnerUser, Guid AccountId);

    internal static async Task<Scene> QuestionWaitingAsync(DyadApp app, bool opensAction)
    {
        var slug = $"alert-action-{Guid.NewGuid():N}"[..24];
        var admin = await app.ApiClientAsync(DyadRole.Admin, slug);
        var owner = await app.CreateUserAsync(DyadRole.AccountManager, slug);
        var ownerClient = await app.ApiClientAsync(owner, slug);
        await (await admin.PutJsonAsync($"/api/v1/alert-rules/{UnansweredQuestion}",
            new RuleSettingChange(true, null, opensAction, ActionType.FollowUp, ActionDueDays: 2))).ReadAsync<RuleSettingView>();
        var account = await (await admin.PostJsonAsync("/api/v1/accounts", new AccountDetails("Fjord Ferries", RelationshipType.Relational, OwnerId: owner.Id)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);
        var person = await (await admin.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders",
                new StakeholderDetails("Ola Nordmann", null, "Fleet manager", "Operations", HierarchyLevel.Middle, BuyingCentreRole.User, false)))
            .ReadAsync<StakeholderView>(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"/api/v1/accounts/{account.Id}/communications", new CommunicationDetails(CommunicationKind.Question,
            DateTimeOffset.UtcNow.AddHours(-30), "Where is the spare parts list?", person.Id, Channel.Email))).ReadAsync<CommunicationView>(HttpStatusCode.Created);
        return new Scene(slug, admin, ownerClient, owner, account.Id);
    }

    internal static async Task<AlertView> EvaluateAsync(Scene scene)
    {
        await (await scene.Admin.PostAsync($"/api/v1/alerts/evaluate?accountId={scene.AccountId}", null)).ReadAsync<EvaluationResult>();
        return Assert.Single((await (await scene.Admin.GetAsync($"/api/v1/alerts?accountId={scene.AccountId}")).ReadAsync<CursorPage<AlertView>>()).Items);
    }

    [Fact]
    public async Task An_alert_of_a_rule_set_to_open_actions_opens_one_for_the_account_owner_linked_both_ways()
    {
        var scene = await QuestionWaitingAsync(app, opensAction: true);

        var alert = await EvaluateAsync(scene);
        await EvaluateAsync(scene);

        var mine = await (await scene.Owner.GetAsync($"/api/v1/actions?owner={scene.OwnerUser.Id}")).ReadItemsAsync<ActionSummary>();
        var summary = Assert.Single(mine);
        var action = await (await scene.Owner.GetAsync($"/api/v1/actions/{summary.Id}")).ReadAsync<ActionView>();
        Assert.Equal(summary.Id, alert.ActionId);
        Assert.Equal(alert.Id, action.Links.AlertId);
        Assert.Equal((ActionType.FollowUp, "Unanswered customer question on Fjord Ferries", scene.AccountId), (action.Type, action.Title, action.AccountId));
        Assert.Equal(alert.Reason, action.Reason);
        Assert.Equal(alert.FirstSeenAt.AddDays(2), action.DueAt);
    }

    [Fact]
    public async Task Being_told_of_the_same_alert_again_opens_no_second_action()
    {
        var scene = await QuestionWaitingAsync(app, opensAction: true);
        var alert = await EvaluateAsync(scene);

        await app.InWorkspaceAsync(scene.Slug, async services =>
        {
            var fired = new AlertFired(alert.Id, services.GetRequiredService<WorkspaceScope>().Required, scene.AccountId, alert.AccountName,
                scene.OwnerUser.Id, alert.RuleKey, alert.RuleName, alert.Reason, alert.FirstSeenAt);
            await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
            {
                await using var told = services.CreateAsyncScope();
                told.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(fired.WorkspaceId);
                await told.ServiceProvider.GetServices<IAlertObserver>().OfType<AlertActionOpener>().Single().AlertFiredAsync(fired, CancellationToken.None);
            }));
            return true;
        });

        Assert.Single(await (await scene.Admin.GetAsync($"/api/v1/actions?account={scene.AccountId}")).ReadItemsAsync<ActionSummary>());
    }

    [Fact]
    public async Task A_rule_left_at_its_default_opens_no_action()
    {
        var scene = await QuestionWaitingAsync(app, opensAction: false);

        var alert = await EvaluateAsync(scene);

        Assert.Null(alert.ActionId);
        Assert.Empty(await (await scene.Admin.GetAsync($"/api/v1/actions?account={scene.AccountId}")).ReadItemsAsync<ActionSummary>());
    }

    [Fact]
    public async Task The_days_an_action_is_due_in_are_refused_outside_1_to_90()
    {
        var admin = await app.ApiClientAsync(DyadRole.Admin, $"alert-days-{Guid.NewGuid():N}"[..24]);

        var errors = await (await admin.PutJsonAsync($"/api/v1/alert-rules/{UnansweredQuestion}",
            new RuleSettingChange(true, 0, true, ActionType.Risk, ActionDueDays: 0))).ValidationErrorsAsync();

        Assert.Equal(["An action opened by an alert is due in 1 to 90 days."], errors["actionDueDays"]);
        Assert.Equal(["Response-time limit must be between 1 and 720 hours."], errors["threshold"]);
    }
}

public sealed class AlertActionOnSqlite(SqliteApp app) : AlertActionTests<SqliteApp>(app);

public sealed class AlertActionOnPostgres(PostgresApp app) : AlertActionTests<PostgresApp>(app);

/// <summary>Dyad with an alert observer that always throws, told first.</summary>
public sealed class FailingObserverApp() : DyadApp(new SqliteTestDatabase())
{
    private sealed class FailingObserver : IAlertObserver
    {
        public Task AlertFiredAsync(AlertFired fired, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The observer's receiver is down.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Insert(0, ServiceDescriptor.Scoped<IAlertObserver, FailingObserver>()));
    }
}

public sealed class FailingObserverTests(FailingObserverApp app) : IClassFixture<FailingObserverApp>
{
    [Fact]
    public async Task An_observer_that_throws_keeps_neither_the_notification_nor_the_action_from_the_others()
    {
        var scene = await AlertActionTests<FailingObserverApp>.QuestionWaitingAsync(app, opensAction: true);

        var alert = await AlertActionTests<FailingObserverApp>.EvaluateAsync(scene);

        Assert.NotNull(alert.ActionId);
        var notifications = await (await scene.Owner.GetAsync("/api/v1/notifications")).ReadAsync<NotificationList>();
        Assert.Contains(notifications.Items, n => n.Text.StartsWith("Unanswered customer question on Fjord Ferries", StringComparison.Ordinal));
    }
}

using System.Net;
using System.Text.Json;
using Dyad.Core.Actions;
using Dyad.Core.Actions.Webhooks;
using Dyad.Data.Actions;
using Dyad.Data.Actions.Webhooks;
using Dyad.Data.Notifications;
using Dyad.Web.Actions;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Actions;

/// <summary>The background job: overdue actions escalate once, webhooks arrive signed and are retried after a failure.</summary>
public abstract class ActionJobsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static Task<ActionJobsResult> RunAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<ActionJobs>().RunOnceAsync(now);

    private static async Task<NotificationList> BellAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/notifications")).ReadAsync<NotificationList>();

    [Fact]
    public async Task An_overdue_action_escalates_once_to_its_owner_and_the_account_owner_even_with_two_instances()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var doer = await app.CreateUserAsync(Dyad.Core.Workspaces.DyadRole.Contributor, scene.Slug);
        var doerClient = await app.ApiClientAsync(doer, scene.Slug);
        var now = ActionsTestScene.JustAfterNow();
        var action = await (await scene.Manager.PostJsonAsync("/api/v1/actions",
                new NewAction(ActionType.FollowUp, "Send the FAT report", scene.Account.Id, now.AddHours(1), OwnerId: doer.Id)))
            .ReadAsync<ActionView>(HttpStatusCode.Created);
        await RunAsync(app.Services, now);
        Assert.DoesNotContain((await BellAsync(doerClient)).Items, n => n.Text.StartsWith("Overdue", StringComparison.Ordinal));

        var later = now.AddHours(2);
        await using (var second = app.WithWebHostBuilder(_ => { }))
        {
            await Task.WhenAll(RunAsync(app.Services, later), RunAsync(second.Services, later));
        }
        await RunAsync(app.Services, later.AddMinutes(1));

        Assert.Single((await BellAsync(doerClient)).Items, n => n.Text.StartsWith("Overdue: your action \"Send the FAT report\"", StringComparison.Ordinal));
        Assert.Single((await BellAsync(scene.OwnerClient)).Items, n => n.Text.StartsWith("Overdue: an action on your account Harbour Cranes", StringComparison.Ordinal));
        var escalated = await (await scene.Manager.GetAsync($"/api/v1/actions/{action.Id}")).ReadAsync<ActionView>();
        Assert.Equal(later, escalated.EscalatedAt);

        // A new due date answers the lateness; missing it again escalates again.
        await (await scene.Manager.PutJsonAsync($"/api/v1/actions/{action.Id}", escalated.ToDetails() with { DueAt = later.AddDays(1) })).ReadAsync<ActionView>();
        await RunAsync(app.Services, later.AddDays(2));
        Assert.Equal(2, (await BellAsync(doerClient)).Items.Count(n => n.Text.StartsWith("Overdue", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_closed_or_cancelled_action_does_not_escalate()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var now = ActionsTestScene.JustAfterNow();
        var action = await (await scene.OwnerClient.PostJsonAsync("/api/v1/actions",
            new NewAction(ActionType.Risk, "Late but done", scene.Account.Id, now.AddHours(1)))).ReadAsync<ActionView>(HttpStatusCode.Created);
        await (await scene.OwnerClient.PutJsonAsync($"/api/v1/actions/{action.Id}/status", new ActionStatusChange(ActionStatus.Cancelled))).ReadAsync<ActionView>();

        await RunAsync(app.Services, now.AddDays(1));

        Assert.DoesNotContain((await BellAsync(scene.OwnerClient)).Items, n => n.Text.StartsWith("Overdue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Webhook_deliveries_are_signed_so_the_receiver_verifies_them_and_a_500_is_retried_after_its_back_off()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        await using var receiver = await WebhookReceiver.StartAsync();
        var webhook = await (await scene.Manager.PostJsonAsync("/api/v1/webhooks",
            new WebhookDetails(receiver.Url, ["action.created", "action.closed"]))).ReadAsync<WebhookView>(HttpStatusCode.Created);
        receiver.Secret = webhook.Secret;
        receiver.FailuresLeft = 1;

        var action = await (await scene.OwnerClient.PostJsonAsync("/api/v1/actions",
            new NewAction(ActionType.Opportunity, "Ask for a reference", scene.Account.Id, DateTimeOffset.UtcNow.AddDays(5))))
            .ReadAsync<ActionView>(HttpStatusCode.Created);
        var now = ActionsTestScene.JustAfterNow();
        await RunAsync(app.Services, now);

        var first = Assert.Single(await (await scene.Manager.GetAsync($"/api/v1/webhooks/{webhook.Id}/deliveries")).ReadItemsAsync<WebhookDeliveryView>());
        Assert.Equal(WebhookDeliveryStatus.Pending, first.Status);
        Assert.Equal(1, first.Attempts);
        Assert.Equal(500, first.LastStatusCode);
        Assert.Equal(now + WebhookDelivery.FirstRetryDelay, first.NextAttemptAt);

        await RunAsync(app.Services, now + WebhookDelivery.FirstRetryDelay / 2);
        Assert.Single(receiver.Received);

        await RunAsync(app.Services, now + WebhookDelivery.FirstRetryDelay);
        var delivered = Assert.Single(await (await scene.Manager.GetAsync($"/api/v1/webhooks/{webhook.Id}/deliveries")).ReadItemsAsync<WebhookDeliveryView>());
        Assert.Equal(WebhookDeliveryStatus.Delivered, delivered.Status);
        Assert.Equal(2, delivered.Attempts);
        Assert.Equal(204, delivered.LastStatusCode);

        Assert.Equal(2, receiver.Received.Count);
        Assert.All(receiver.Received, r => Assert.True(r.Verified));
        var body = JsonDocument.Parse(receiver.Received.Last().Body).RootElement;
        Assert.Equal("action.created", body.GetProperty("type").GetString());
        Assert.Equal(action.Id, body.GetProperty("data").GetProperty("id").GetGuid());
        Assert.Equal("Ask for a reference", body.GetProperty("data").GetProperty("title").GetString());
        Assert.Equal("action.created", receiver.Received.Last().Event);
    }

    [Fact]
    public async Task A_receiver_with_the_wrong_secret_refuses_the_delivery_and_closing_the_loop_is_published()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        await using var receiver = await WebhookReceiver.StartAsync();
        var webhook = await (await scene.Manager.PostJsonAsync("/api/v1/webhooks",
            new WebhookDetails(receiver.Url, ["action.closed"]))).ReadAsync<WebhookView>(HttpStatusCode.Created);
        receiver.Secret = "whsec_not-the-one";
        var action = await (await scene.OwnerClient.PostJsonAsync("/api/v1/actions",
            new NewAction(ActionType.FollowUp, "Confirm the delivery date", scene.Account.Id, DateTimeOffset.UtcNow.AddDays(1))))
            .ReadAsync<ActionView>(HttpStatusCode.Created);
        await (await scene.OwnerClient.PostJsonAsync($"/api/v1/actions/{action.Id}/close-loop",
            new LoopClosure(scene.Stakeholder.Id, null, null, DateOnly.FromDateTime(DateTime.UtcNow), "Date confirmed."))).ReadAsync<ActionView>();
        var now = ActionsTestScene.JustAfterNow();

        await RunAsync(app.Services, now);
        var refused = Assert.Single(receiver.Received);
        Assert.False(refused.Verified);
        Assert.Equal("action.closed", refused.Event);

        receiver.Secret = webhook.Secret;
        await RunAsync(app.Services, now + WebhookDelivery.FirstRetryDelay);
        Assert.True(receiver.Received.Last().Verified);
        var body = JsonDocument.Parse(receiver.Received.Last().Body).RootElement.GetProperty("data");
        Assert.Equal("loop_closed", body.GetProperty("status").GetString());
        Assert.Equal("Date confirmed.", body.GetProperty("closure").GetProperty("outcome").GetString());
    }

    /// <summary>The endpoints point at a closed loopback port, so another test's pass fails them at once instead of waiting on DNS.</summary>
    [Fact]
    public async Task The_publishing_service_queues_an_event_for_the_endpoints_that_want_it()
    {
        var scene = await ActionsTestScene.CreateAsync(app);
        var alerts = await (await scene.Manager.PostJsonAsync("/api/v1/webhooks",
            new WebhookDetails("http://127.0.0.1:9/alerts", ["alert.fired"]))).ReadAsync<WebhookView>(HttpStatusCode.Created);
        await (await scene.Manager.PostJsonAsync("/api/v1/webhooks",
            new WebhookDetails("http://127.0.0.1:9/actions", ["action.created"]))).ReadAsync<WebhookView>(HttpStatusCode.Created);

        var told = await app.InWorkspaceAsync(scene.Slug, services => services.GetRequiredService<WebhookPublisher>()
            .PublishAsync(WebhookEventType.AlertFired, new { rule = "C1", account = scene.Account.Id }));

        Assert.Equal(1, told);
        var queued = Assert.Single(await (await scene.Manager.GetAsync($"/api/v1/webhooks/{alerts.Id}/deliveries")).ReadItemsAsync<WebhookDeliveryView>());
        Assert.Equal("alert.fired", queued.EventType);
        Assert.Contains("\"rule\":\"C1\"", queued.Payload, StringComparison.Ordinal);
        var bad = await scene.Manager.PostJsonAsync("/api/v1/webhooks", new WebhookDetails("ftp://x", ["action.deleted"]));
        var errors = await bad.ValidationErrorsAsync();
        Assert.Contains("url", errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("events", errors.Keys, StringComparer.OrdinalIgnoreCase);
    }
}

public sealed class ActionJobsTestsOnSqlite(SqliteApp app) : ActionJobsTests<SqliteApp>(app);

public sealed class ActionJobsTestsOnPostgres(PostgresApp app) : ActionJobsTests<PostgresApp>(app);

using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dyad.Core.Integrations;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Integrations;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Integrations;

/// <summary>
/// Incoming webhooks through the real pipeline: a Zendesk-shaped ticket and a HubSpot-shaped deal become touchpoint
/// occurrences of the demo's accounts, once per external id, and every refusal is answered and logged with its reason.
/// </summary>
public abstract class InboundWebhookTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private const string Secret = "zendesk-shared-secret-0123456789";

    private async Task<(HttpClient Admin, InboundEndpointAddress Created)> CreateAsync(InboundPreset preset, string? secret = null)
    {
        var admin = await app.ApiClientAsync(DyadRole.CxManager);
        var details = new InboundEndpointDetails($"{preset.Name} {Guid.NewGuid():N}", preset.Mapping, secret is null ? null : preset.SignatureHeader,
            secret, TimestampHeader: secret is null ? null : preset.TimestampHeader);
        var created = await (await admin.PostJsonAsync("/api/v1/webhooks/inbound", details)).ReadAsync<InboundEndpointAddress>(HttpStatusCode.Created);
        return (admin, created);
    }

    /// <summary>The Zendesk sample with its own ticket id, so tests sharing the database do not see each other's deliveries.</summary>
    private static string Ticket(string id, Action<JsonObject>? change = null)
    {
        var payload = JsonNode.Parse(InboundPresets.Zendesk.SamplePayload)!.AsObject();
        payload["ticket"]!["id"] = id;
        change?.Invoke(payload["ticket"]!.AsObject());
        return payload.ToJsonString();
    }

    /// <summary>Signed as Zendesk signs: base64 HMAC-SHA256 of the timestamp followed by the body, computed here on its own.</summary>
    private static HttpRequestMessage Signed(string address, string body, DateTimeOffset at, string secret = Secret)
    {
        var timestamp = at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + body));
        var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Zendesk-Webhook-Signature", Convert.ToBase64String(mac));
        request.Headers.Add("X-Zendesk-Webhook-Signature-Timestamp", timestamp);
        return request;
    }

    private static HttpRequestMessage Unsigned(string address, string body) =>
        new(HttpMethod.Post, address) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private HttpClient Sender() => app.CreateClient();

    private Task<List<(string Touchpoint, string Account, string? Note, Guid[] People)>> OccurrencesAsync(Guid occurrenceId) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<DyadDbContext>>().CreateDbContextAsync();
            var rows = await (from o in db.TouchpointOccurrences
                              join t in db.Touchpoints on o.TouchpointId equals t.Id
                              join a in db.Accounts on o.AccountId equals a.Id
                              where o.Id == occurrenceId
                              select new { t.Name, Account = a.Name, o.Note, o.StakeholderIds }).ToListAsync();
            return rows.Select(r => (Touchpoint: r.Name, r.Account, Note: (string?)r.Note, People: r.StakeholderIds)).ToList();
        });

    private Task<int> OccurrencesWithNoteAsync(string note) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<DyadDbContext>>().CreateDbContextAsync();
            return await db.TouchpointOccurrences.CountAsync(o => o.Note == note);
        });

    [Fact]
    public async Task A_signed_zendesk_ticket_becomes_one_occurrence_and_a_resend_makes_nothing_new()
    {
        var (admin, created) = await CreateAsync(InboundPresets.Zendesk, Secret);
        var body = Ticket("zd-1001");

        var first = await (await Sender().SendAsync(Signed(created.Address, body, DateTimeOffset.UtcNow))).ReadAsync<InboundOutcome>(HttpStatusCode.Created);
        var again = await (await Sender().SendAsync(Signed(created.Address, body, DateTimeOffset.UtcNow))).ReadAsync<InboundOutcome>();

        Assert.Equal(InboundDeliveryStatus.Accepted, first.Status);
        Assert.Equal(InboundDeliveryStatus.Duplicate, again.Status);
        Assert.Equal(first.OccurrenceId, again.OccurrenceId);
        var occurrence = Assert.Single(await OccurrencesAsync(first.OccurrenceId!.Value));
        Assert.Equal(("Production progress report", "Baltic Pulp Mill", "Weekly production report did not arrive"),
            (occurrence.Touchpoint, occurrence.Account, occurrence.Note));
        Assert.Single(occurrence.People);

        var log = await (await admin.GetAsync($"/api/v1/webhooks/inbound/{created.Endpoint.Id}/deliveries")).ReadItemsAsync<InboundDeliveryView>();
        Assert.Equal([InboundDeliveryStatus.Duplicate, InboundDeliveryStatus.Accepted], log.Select(d => d.Status));
        Assert.All(log, d => Assert.Equal("zd-1001", d.ExternalId));
    }

    [Fact]
    public async Task A_wrong_signature_or_a_replayed_timestamp_is_refused_and_logged()
    {
        var (admin, created) = await CreateAsync(InboundPresets.Zendesk, Secret);

        var forged = await Sender().SendAsync(Signed(created.Address, Ticket("zd-2001"), DateTimeOffset.UtcNow, "someone else's secret"));
        var replayed = await Sender().SendAsync(Signed(created.Address, Ticket("zd-2002"), DateTimeOffset.UtcNow.AddMinutes(-10)));
        var unsigned = await Sender().SendAsync(Unsigned(created.Address, Ticket("zd-2003")));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Contains("replay", await replayed.Content.ReadAsStringAsync());
        var log = await (await admin.GetAsync($"/api/v1/webhooks/inbound/{created.Endpoint.Id}/deliveries")).ReadItemsAsync<InboundDeliveryView>();
        Assert.Equal(3, log.Count(d => d.Status == InboundDeliveryStatus.Rejected && d.StatusCode == 401));
        Assert.Contains(log, d => d.Reason == "The signature does not match.");
        Assert.Contains(log, d => d.Reason == "The signature header is missing.");
        Assert.All(log, d => Assert.Null(d.OccurrenceId));
    }

    [Fact]
    public async Task A_payload_that_does_not_fit_gets_422_naming_the_path_and_an_unknown_address_404()
    {
        var (admin, created) = await CreateAsync(InboundPresets.Zendesk);

        var noId = await Sender().SendAsync(Unsigned(created.Address, Ticket("x", t => t.Remove("id"))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noId.StatusCode);
        Assert.Equal("application/problem+json", noId.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await noId.Content.ReadAsStringAsync()))
        {
            var message = problem.RootElement.GetProperty("errors").GetProperty("ExternalId")[0].GetString();
            Assert.Contains("$.ticket.id", message);
        }

        var stranger = await Sender().SendAsync(Unsigned(created.Address, Ticket("zd-3002", t =>
        {
            t["organization"] = new JsonObject { ["name"] = "Nobody Ltd" };
            t["requester"] = new JsonObject { ["email"] = "someone@nowhere.example" };
        })));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stranger.StatusCode);
        Assert.Contains("no account is named 'Nobody Ltd'", await stranger.Content.ReadAsStringAsync());

        var notJson = await Sender().SendAsync(Unsigned(created.Address, "ticket=1"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await Sender().SendAsync(Unsigned(created.Address + "x", Ticket("zd-3003")))).StatusCode);

        var log = await (await admin.GetAsync($"/api/v1/webhooks/inbound/{created.Endpoint.Id}/deliveries")).ReadItemsAsync<InboundDeliveryView>();
        Assert.Equal(3, log.Count);
        Assert.All(log, d => Assert.Equal(InboundDeliveryStatus.Rejected, d.Status));
    }

    [Fact]
    public async Task The_same_ticket_delivered_at_once_many_times_makes_one_occurrence()
    {
        var (_, created) = await CreateAsync(InboundPresets.Zendesk);
        var note = $"Parallel {Guid.NewGuid():N}";
        var body = Ticket("zd-4001", t => t["subject"] = note);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Sender().SendAsync(Unsigned(created.Address, body))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode, a.StatusCode.ToString()));
        Assert.Equal(1, await OccurrencesWithNoteAsync(note));
    }

    [Fact]
    public async Task A_hubspot_deal_lands_on_the_fallback_touchpoint_with_its_contact()
    {
        var (admin, created) = await CreateAsync(InboundPresets.HubSpot);
        var trial = await (await admin.PostJsonAsync("/api/v1/webhooks/inbound/try",
            new InboundTrialRequest(InboundPresets.HubSpot.Mapping, InboundPresets.HubSpot.SamplePayload))).ReadAsync<InboundTrial>();
        Assert.Equal(("Aurora Mining", "Kick-off meeting", "Mikko Lahtinen"), (trial.AccountName, trial.TouchpointName, trial.StakeholderName));

        var accepted = await (await Sender().SendAsync(Unsigned(created.Address, InboundPresets.HubSpot.SamplePayload)))
            .ReadAsync<InboundOutcome>(HttpStatusCode.Created);

        var occurrence = Assert.Single(await OccurrencesAsync(accepted.OccurrenceId!.Value));
        Assert.Equal(("Kick-off meeting", "Aurora Mining"), (occurrence.Touchpoint, occurrence.Account));
        Assert.Single(occurrence.People);
    }

    [Fact]
    public async Task Only_configurers_manage_endpoints_and_the_address_is_never_shown_again()
    {
        var (admin, created) = await CreateAsync(InboundPresets.Zendesk, Secret);
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/v1/webhooks/inbound")).StatusCode);
        var listed = await (await admin.GetAsync("/api/v1/webhooks/inbound")).Content.ReadAsStringAsync();
        Assert.Contains(created.Endpoint.Name, listed);
        Assert.DoesNotContain(created.Address.Split('/')[^1], listed);
        Assert.DoesNotContain(Secret, listed);

        var renewed = await (await admin.PostAsync($"/api/v1/webhooks/inbound/{created.Endpoint.Id}/address", null)).ReadAsync<InboundEndpointAddress>();
        Assert.Equal(HttpStatusCode.NotFound, (await Sender().SendAsync(Signed(created.Address, Ticket("zd-5001"), DateTimeOffset.UtcNow))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Sender().SendAsync(Signed(renewed.Address, Ticket("zd-5001"), DateTimeOffset.UtcNow))).StatusCode);

        var invalid = await admin.PostJsonAsync("/api/v1/webhooks/inbound", new InboundEndpointDetails("Broken", new InboundMapping("$.a..b")));
        Assert.Contains("Mapping.ExternalId", (await invalid.ValidationErrorsAsync()).Keys, StringComparer.OrdinalIgnoreCase);
    }
}

public sealed class InboundWebhookTestsOnSqlite(SqliteApp app) : InboundWebhookTests<SqliteApp>(app);

public sealed class InboundWebhookTestsOnPostgres(PostgresApp app) : InboundWebhookTests<PostgresApp>(app);

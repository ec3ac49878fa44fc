using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Actions.Webhooks;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Actions.Webhooks;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Dyad.Data.Workspaces;
using Dyad.Web.Tests.Infrastructure;
using Dyad.Web.Tokens;

namespace Dyad.Web.Tests.Audit;

/// <summary>Writes through the API land in the audit log with who made them and what changed; only admins read it; secrets never show.</summary>
public abstract class AuditApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static async Task<List<AuditEntryView>> EntriesAsync(HttpClient admin, string query) =>
        (await (await admin.GetAsync($"/api/v1/audit?limit=200&{query}")).ReadAsync<CursorPage<AuditEntryView>>()).Items.ToList();

    [Fact]
    public async Task An_account_renamed_through_the_api_shows_who_renamed_it_and_the_names_before_and_after()
    {
        var manager = await app.CreateUserAsync(DyadRole.AccountManager);
        var client = await app.ApiClientAsync(manager);
        var admin = await app.ApiClientAsync(DyadRole.Admin);
        var name = $"Audit test {Guid.NewGuid():N}";
        var account = await (await client.PostJsonAsync("/api/v1/accounts", new AccountDetails(name, RelationshipType.Relational)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);

        (await client.PutJsonAsync($"/api/v1/accounts/{account.Id}",
            new AccountDetails(name + " renamed", RelationshipType.Relational, Tier: "gold"))).EnsureSuccessStatusCode();

        var entries = await EntriesAsync(admin, $"entityType=Account&entityId={account.Id}");
        Assert.Equal([AuditAction.Modified, AuditAction.Added], entries.Select(e => e.Action));
        var renamed = entries[0];
        Assert.Equal((ActorKind.ApiToken, manager.Id, manager.DisplayName), (renamed.ActorKind, renamed.ActorUserId, renamed.ActorName));
        Assert.NotNull(renamed.ActorTokenId);
        Assert.Contains(new AuditChange("Name", name, name + " renamed"), renamed.Changes);
        Assert.Contains(new AuditChange("Tier", null, "gold"), renamed.Changes);
        Assert.DoesNotContain(renamed.Changes, c => c.Property == nameof(AccountDetails.RelationshipType));
        Assert.Contains(new AuditChange("Name", null, name), entries[1].Changes);
    }

    [Fact]
    public async Task The_log_filters_by_user_and_time()
    {
        var manager = await app.CreateUserAsync(DyadRole.AccountManager);
        var client = await app.ApiClientAsync(manager);
        var admin = await app.ApiClientAsync(DyadRole.Admin);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await (await client.PostJsonAsync("/api/v1/accounts", new AccountDetails($"Filter test {Guid.NewGuid():N}", RelationshipType.Transactional)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);

        var mine = await EntriesAsync(admin, $"userId={manager.Id}");
        Assert.Contains(mine, e => e is { EntityType: "Account", Action: AuditAction.Added });
        Assert.All(mine, e => Assert.Equal(manager.Id, e.ActorUserId));
        Assert.Empty(await EntriesAsync(admin, $"userId={manager.Id}&to={Uri.EscapeDataString(before.ToString("O"))}"));
        Assert.Equal(mine.Count, (await EntriesAsync(admin, $"userId={manager.Id}&from={Uri.EscapeDataString(before.ToString("O"))}")).Count);
    }

    [Theory]
    [InlineData(DyadRole.CxManager)]
    [InlineData(DyadRole.Viewer)]
    public async Task Only_admins_read_the_log(DyadRole role)
    {
        var client = await app.ApiClientAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit/export.csv")).StatusCode);
    }

    [Fact]
    public async Task Token_hashes_webhook_secrets_and_password_hashes_are_redacted()
    {
        var admin = await app.CreateUserAsync(DyadRole.Admin);
        var client = await app.ApiClientAsync(admin);
        var issued = await (await client.PostJsonAsync("/api/v1/tokens", new TokenRequest("audit secrets", ["*:read"]))).ReadAsync<IssuedToken>(HttpStatusCode.Created);
        var webhook = await (await client.PostJsonAsync("/api/v1/webhooks", new WebhookDetails("https://hooks.example/audit", ["action.created"])))
            .ReadAsync<WebhookView>(HttpStatusCode.Created);

        var token = Assert.Single(await EntriesAsync(client, $"entityType=ApiToken&entityId={issued.Token.Id}"));
        Assert.Contains(new AuditChange("Hash", null, "[redacted]"), token.Changes);
        Assert.Contains(new AuditChange("Name", null, "audit secrets"), token.Changes);
        var endpoint = Assert.Single(await EntriesAsync(client, $"entityType=WebhookEndpoint&entityId={webhook.Id}"));
        Assert.Contains(new AuditChange("Secret", null, "[redacted]"), endpoint.Changes);
        var user = Assert.Single(await EntriesAsync(client, $"entityType=DyadUser&entityId={admin.Id}"), e => e.Action == AuditAction.Added);
        Assert.Contains(new AuditChange("PasswordHash", null, "[redacted]"), user.Changes);
        Assert.Contains(new AuditChange("Email", null, admin.Email), user.Changes);

        var csv = await (await client.GetAsync("/api/v1/audit/export.csv")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(issued.Secret, csv);
        Assert.DoesNotContain(ApiToken.HashOf(issued.Secret), csv);
        Assert.DoesNotContain(webhook.Secret, csv);
    }

    [Fact]
    public async Task Reading_through_the_api_leaves_no_entry()
    {
        var viewer = await app.CreateUserAsync(DyadRole.Viewer);
        var client = await app.ApiClientAsync(viewer);
        var admin = await app.ApiClientAsync(DyadRole.Admin);

        (await client.GetAsync("/api/v1/accounts")).EnsureSuccessStatusCode();

        Assert.Empty(await EntriesAsync(admin, $"userId={viewer.Id}"));
    }

    [Fact]
    public async Task Admins_see_who_changed_what_on_the_log_page_and_others_are_turned_away()
    {
        var manager = await app.CreateUserAsync(DyadRole.AccountManager);
        var name = $"Page test {Guid.NewGuid():N}";
        await (await (await app.ApiClientAsync(manager)).PostJsonAsync("/api/v1/accounts", new AccountDetails(name, RelationshipType.Relational)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);
        var admin = await app.SignedInClientAsync((await app.CreateUserAsync(DyadRole.Admin)).Email, DyadApp.Password);
        var cxManager = await app.SignedInClientAsync((await app.CreateUserAsync(DyadRole.CxManager)).Email, DyadApp.Password);

        var page = await admin.GetStringAsync($"/settings/audit?user={manager.Id}&entity=Account");
        var refused = await cxManager.GetAsync("/settings/audit");

        Assert.Contains("Audit log", page);
        Assert.Contains("1 change(s)", page);
        Assert.Contains(manager.DisplayName, page);
        Assert.Contains(name, page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/forbidden", refused.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_csv_export_quotes_a_value_a_spreadsheet_would_run()
    {
        var client = await app.ApiClientAsync(DyadRole.Admin);
        var formula = $"=HYPERLINK(\"https://evil.example\",\"{Guid.NewGuid():N}\")";
        var account = await (await client.PostJsonAsync("/api/v1/accounts", new AccountDetails(formula, RelationshipType.Relational)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);

        var response = await client.GetAsync($"/api/v1/audit/export.csv?entityId={account.Id}");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", AuditLog.CsvColumns), lines[0].TrimEnd('\r'));
        var nameRow = Assert.Single(lines, l => l.Contains(",Name,"));
        Assert.Contains("\"'=HYPERLINK(", nameRow);
    }
}

public sealed class AuditApiOnSqlite(SqliteApp app) : AuditApiTests<SqliteApp>(app);

public sealed class AuditApiOnPostgres(PostgresApp app) : AuditApiTests<PostgresApp>(app);

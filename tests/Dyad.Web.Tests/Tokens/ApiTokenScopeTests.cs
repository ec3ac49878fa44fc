using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Data.Workspaces;
using Dyad.Web.Tests.Infrastructure;
using Dyad.Web.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Tokens;

public abstract class ApiTokenScopeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private HttpClient With(string secret)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private async Task<IssuedToken> IssueAsync(HttpClient owner, params string[] scopes) =>
        await (await owner.PostJsonAsync("/api/v1/tokens", new TokenRequest("scoped", scopes))).ReadAsync<IssuedToken>(HttpStatusCode.Created);

    [Fact]
    public async Task A_read_scope_reads_its_feature_only_and_a_write_is_refused_naming_the_scope()
    {
        var owner = await app.ApiClientAsync(DyadRole.AccountManager);
        var token = With((await IssueAsync(owner, "accounts:read")).Secret);

        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/accounts")).StatusCode);
        var write = await token.PostJsonAsync("/api/v1/accounts", new { name = "Not allowed", relationshipType = "relational" });
        var surveys = await token.GetAsync("/api/v1/surveys");

        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        var problem = await write.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accounts:write", problem.GetProperty("missingScope").GetString());
        Assert.Contains("accounts:write", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, surveys.StatusCode);
        Assert.Equal("surveys:read", (await surveys.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("missingScope").GetString());
        var list = await (await owner.GetAsync("/api/v1/accounts?search=Not allowed")).ReadAsync<Page<AccountSummary>>();
        Assert.Equal(0, list.TotalCount);
    }

    [Fact]
    public async Task A_write_scope_never_lifts_a_token_above_its_owners_role()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var token = With((await IssueAsync(viewer, "*:read", "*:write")).Secret);

        var write = await token.PostJsonAsync("/api/v1/accounts", new { name = "Viewer's account", relationshipType = "relational" });

        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/accounts")).StatusCode);
    }

    [Fact]
    public async Task A_token_cannot_issue_a_token_wider_than_itself()
    {
        var admin = await app.ApiClientAsync(DyadRole.Admin);
        var narrow = With((await IssueAsync(admin, "api-tokens:read", "api-tokens:write", "accounts:read")).Secret);

        var wider = await narrow.PostJsonAsync("/api/v1/tokens", new TokenRequest("escalate", ["accounts:write"]));
        var same = await narrow.PostJsonAsync("/api/v1/tokens", new TokenRequest("copy", ["accounts:read"]));

        var errors = await wider.ValidationErrorsAsync();
        Assert.Contains("accounts:write", errors["scopes"][0]);
        Assert.Equal(HttpStatusCode.Created, same.StatusCode);
    }

    [Fact]
    public async Task Unknown_scopes_and_a_past_expiry_are_refused_with_the_field_named()
    {
        var owner = await app.ApiClientAsync(DyadRole.Contributor);

        var unknown = await owner.PostJsonAsync("/api/v1/tokens", new TokenRequest("typo", ["acounts:read", "surveys:delete"]));
        var none = await owner.PostJsonAsync("/api/v1/tokens", new TokenRequest("empty", []));
        var past = await owner.PostJsonAsync("/api/v1/tokens", new TokenRequest("old", ["*:read"], DateTimeOffset.UtcNow.AddDays(-1)));

        var unknownErrors = (await unknown.ValidationErrorsAsync())["scopes"];
        Assert.Contains(unknownErrors, e => e.Contains("'acounts' is not a feature"));
        Assert.Contains(unknownErrors, e => e.Contains("'surveys:delete' is not a scope"));
        Assert.Contains("at least one scope", (await none.ValidationErrorsAsync())["scopes"][0]);
        Assert.Contains("future", (await past.ValidationErrorsAsync())["expiresAt"][0]);
    }

    [Fact]
    public async Task An_expired_token_is_refused_and_the_list_shows_scopes_expiry_and_last_use()
    {
        var owner = await app.ApiClientAsync(DyadRole.Contributor);
        var issued = await (await owner.PostJsonAsync("/api/v1/tokens",
            new TokenRequest("short-lived", ["accounts:read"], DateTimeOffset.UtcNow.AddDays(7)))).ReadAsync<IssuedToken>(HttpStatusCode.Created);
        var token = With(issued.Secret);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/accounts")).StatusCode);

        var listed = Assert.Single(await (await owner.GetAsync("/api/v1/tokens")).ReadAsync<List<ApiTokenView>>(), t => t.Id == issued.Token.Id);
        Assert.Equal(["accounts:read"], listed.Scopes);
        Assert.NotNull(listed.ExpiresAt);
        Assert.NotNull(listed.LastUsedAt);

        // The week passes: the expiry moves into the past rather than the test waiting for it.
        await app.InWorkspaceAsync(Workspace.DemoSlug, services => services.GetRequiredService<DyadDbContext>().ApiTokens
            .Where(t => t.Id == issued.Token.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/accounts")).StatusCode);
    }
}

public sealed class ApiTokenScopesOnSqlite(SqliteApp app) : ApiTokenScopeTests<SqliteApp>(app);

public sealed class ApiTokenScopesOnPostgres(PostgresApp app) : ApiTokenScopeTests<PostgresApp>(app);

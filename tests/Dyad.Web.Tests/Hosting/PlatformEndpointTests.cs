using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Workspaces;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Hosting;

public abstract class PlatformEndpointTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    [Fact]
    public async Task Health_reports_the_database_as_reachable()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal($"{app.Database.Provider} reachable", health.GetProperty("checks").GetProperty("database").GetProperty("description").GetString());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api_with_typed_responses()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[]
                 {
                     "/api/v1/accounts", "/api/v1/accounts/{id}", "/api/v1/journeys/{id}/phase", "/api/v1/templates", "/api/v1/touchpoints/{id}",
                     "/api/v1/accounts/{accountId}/events", "/api/v1/events/analysis", "/api/v1/events/{id}/evidence/file", "/api/v1/practices", "/api/v1/codes",
                 })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }
        var getAccount = paths.GetProperty("/api/v1/accounts/{id}").GetProperty("get").GetProperty("responses");
        Assert.True(getAccount.TryGetProperty("200", out _));
        Assert.True(getAccount.TryGetProperty("404", out _));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/scalar/v1")).StatusCode);
    }

    [Fact]
    public async Task Api_tokens_are_stored_hashed_and_stop_working_when_revoked()
    {
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        var issued = await (await client.PostJsonAsync("/api/v1/tokens", new { name = "integration", scopes = new[] { "accounts:read" } })).ReadAsync<IssuedToken>(HttpStatusCode.Created);

        var stored = await app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<DyadDbContext>().ApiTokens.SingleAsync(t => t.Id == issued.Token.Id));
        Assert.NotEqual(issued.Secret, stored.Hash);
        Assert.Equal(ApiToken.HashOf(issued.Secret), stored.Hash);
        Assert.True(issued.Secret.Length >= 40);

        var tokenClient = app.CreateClient();
        tokenClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Secret);
        Assert.Equal(HttpStatusCode.OK, (await tokenClient.GetAsync("/api/v1/accounts")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/tokens/{issued.Token.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await tokenClient.GetAsync("/api/v1/accounts")).StatusCode);
    }
}

public sealed class PlatformEndpointsOnSqlite(SqliteApp app) : PlatformEndpointTests<SqliteApp>(app);

public sealed class PlatformEndpointsOnPostgres(PostgresApp app) : PlatformEndpointTests<PostgresApp>(app);

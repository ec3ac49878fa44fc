using System.Net;
using System.Net.Http.Json;
using Dyad.Core.Accounts;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Api;

public abstract class IdempotencyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static AccountDetails Details(string name, decimal revenue = 50_000m) =>
        new(name, RelationshipType.Transactional, null, "Standard", "Idempotency", revenue);

    private static HttpRequestMessage Post(AccountDetails details, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/accounts") { Content = JsonContent.Create(details, options: Json.Options) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static async Task<IReadOnlyList<AccountSummary>> NamedAsync(HttpClient client, string name) =>
        (await (await client.GetAsync($"/api/v1/accounts?search={Uri.EscapeDataString(name)}")).ReadAsync<CursorPage<AccountSummary>>()).Items;

    [Fact]
    public async Task A_replayed_key_creates_one_account_and_returns_the_first_response()
    {
        var client = await app.ApiClientAsync(DyadRole.AccountManager);
        var name = $"Idempotent {Guid.NewGuid():N}";
        var key = Guid.NewGuid().ToString();

        var first = await client.SendAsync(Post(Details(name), key));
        var repeat = await client.SendAsync(Post(Details(name), key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.Equal(first.Headers.Location, repeat.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await repeat.Content.ReadAsStringAsync());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(["true"], repeat.Headers.GetValues("Idempotent-Replayed"));
        Assert.Single(await NamedAsync(client, name));
    }

    [Fact]
    public async Task A_key_reused_with_another_body_is_refused_with_422()
    {
        var client = await app.ApiClientAsync(DyadRole.AccountManager);
        var name = $"Reused key {Guid.NewGuid():N}";
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Post(Details(name), key))).StatusCode);

        var other = await client.SendAsync(Post(Details(name, revenue: 99m), key));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal(50_000m, Assert.Single(await NamedAsync(client, name)).AnnualRevenue);
    }

    [Fact]
    public async Task A_refused_request_keeps_no_key_so_a_corrected_retry_runs()
    {
        var client = await app.ApiClientAsync(DyadRole.AccountManager);
        var name = $"Corrected {Guid.NewGuid():N}";
        var key = Guid.NewGuid().ToString();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(Post(Details(""), key))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Post(Details(name), key))).StatusCode);
        Assert.Single(await NamedAsync(client, name));
    }

    [Fact]
    public async Task Simultaneous_requests_with_one_key_create_one_account()
    {
        var client = await app.ApiClientAsync(DyadRole.AccountManager);
        var name = $"Simultaneous {Guid.NewGuid():N}";
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.SendAsync(Post(Details(name), key))));

        // The first runs; each of the others replays it or is told that it is still running (409).
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Single(await NamedAsync(client, name));
    }

    [Fact]
    public async Task Keys_belong_to_their_user()
    {
        var first = await app.ApiClientAsync(DyadRole.AccountManager);
        var second = await app.ApiClientAsync(DyadRole.AccountManager);
        var key = Guid.NewGuid().ToString();
        var (one, two) = ($"First user {Guid.NewGuid():N}", $"Second user {Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.Created, (await first.SendAsync(Post(Details(one), key))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await second.SendAsync(Post(Details(two), key))).StatusCode);
        Assert.Single(await NamedAsync(first, two));
    }
}

public sealed class IdempotencyOnSqlite(SqliteApp app) : IdempotencyTests<SqliteApp>(app);

public sealed class IdempotencyOnPostgres(PostgresApp app) : IdempotencyTests<PostgresApp>(app);

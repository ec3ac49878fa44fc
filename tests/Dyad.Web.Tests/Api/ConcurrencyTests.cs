using System.Net;
using System.Net.Http.Json;
using Dyad.Core.Accounts;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Api;

public abstract class ConcurrencyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static AccountDetails Details(string name) => new(name, RelationshipType.Relational, null, "Growth", "Concurrency", 10_000m);

    private async Task<(HttpClient Client, AccountView Account, string ETag)> NewAccountAsync()
    {
        var client = await app.ApiClientAsync(DyadRole.AccountManager);
        var account = await (await client.PostJsonAsync("/api/v1/accounts", Details($"Original {Guid.NewGuid():N}"))).ReadAsync<AccountView>(HttpStatusCode.Created);
        var read = await client.GetAsync($"/api/v1/accounts/{account.Id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        return (client, account, Assert.IsType<string>(read.Headers.ETag?.Tag));
    }

    private static HttpRequestMessage Put(Guid id, string name, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/accounts/{id}") { Content = JsonContent.Create(Details(name), options: Json.Options) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return request;
    }

    private static async Task<string> NameAsync(HttpClient client, Guid id) =>
        (await (await client.GetAsync($"/api/v1/accounts/{id}")).ReadAsync<AccountView>()).Name;

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_with_412_and_changes_nothing()
    {
        var (client, account, first) = await NewAccountAsync();

        var fresh = await client.SendAsync(Put(account.Id, "Renamed once", first));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        var second = fresh.Headers.ETag?.Tag;
        Assert.NotNull(second);
        Assert.NotEqual(first, second);

        var stale = await client.SendAsync(Put(account.Id, "Renamed from a stale read", first));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Equal(second, stale.Headers.ETag?.Tag);
        Assert.Equal("Renamed once", await NameAsync(client, account.Id));

        var staleDelete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/accounts/{account.Id}");
        staleDelete.Headers.TryAddWithoutValidation("If-Match", first);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(staleDelete)).StatusCode);
        Assert.Equal("Renamed once", await NameAsync(client, account.Id));
    }

    [Fact]
    public async Task Reads_are_tagged_and_writes_without_if_match_still_work()
    {
        var (client, account, etag) = await NewAccountAsync();

        var unchanged = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/accounts/{account.Id}");
        unchanged.Headers.TryAddWithoutValidation("If-None-Match", etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(unchanged)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Put(account.Id, "No precondition", null))).StatusCode);
        Assert.Equal("No precondition", await NameAsync(client, account.Id));
        var reread = await client.GetAsync($"/api/v1/accounts/{account.Id}");
        Assert.NotEqual(etag, reread.Headers.ETag?.Tag);

        var stakeholder = await (await client.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders",
            new StakeholderDetails("Tagged Person", "tagged@example.com", null, null, HierarchyLevel.Senior, BuyingCentreRole.User, false))).ReadAsync<StakeholderView>(HttpStatusCode.Created);
        Assert.NotNull((await client.GetAsync($"/api/v1/stakeholders/{stakeholder.Id}")).Headers.ETag);
    }

    [Fact]
    public async Task Of_writers_holding_the_same_etag_exactly_one_wins()
    {
        var (client, account, etag) = await NewAccountAsync();
        var names = Enumerable.Range(1, 4).Select(i => $"Writer {i}").ToList();

        var responses = await Task.WhenAll(names.Select(name => client.SendAsync(Put(account.Id, name, etag))));

        var winners = responses.Select((r, i) => (r.StatusCode, Name: names[i])).Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var winner = Assert.Single(winners);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        Assert.Equal(winner.Name, await NameAsync(client, account.Id));
    }
}

public sealed class ConcurrencyOnSqlite(SqliteApp app) : ConcurrencyTests<SqliteApp>(app);

public sealed class ConcurrencyOnPostgres(PostgresApp app) : ConcurrencyTests<PostgresApp>(app);

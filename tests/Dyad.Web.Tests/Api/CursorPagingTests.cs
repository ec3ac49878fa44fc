using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Data.Surveys;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Api;

public abstract class CursorPagingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static AccountDetails Account(string name, string segment, decimal? revenue) =>
        new(name, RelationshipType.Relational, null, null, segment, revenue);

    [Fact]
    public async Task Paging_accounts_returns_each_once_in_order_while_accounts_are_added()
    {
        var client = await app.ApiClientAsync(DyadRole.AccountManager);
        var segment = $"Paging {Guid.NewGuid():N}";
        var originals = Enumerable.Range(0, 8).Select(i => $"Middle {i:D2}").ToList();
        foreach (var name in originals)
        {
            await client.PostJsonAsync("/api/v1/accounts", Account(name, segment, null));
        }
        var late = new List<string>();
        async Task AddBetweenPages(int page)
        {
            // One sorts before every row already returned, one after every row: only the second belongs to later pages.
            await client.PostJsonAsync("/api/v1/accounts", Account($"Early {page}", segment, null));
            late.Add($"Zulu {page}");
            await client.PostJsonAsync("/api/v1/accounts", Account(late[^1], segment, null));
        }

        var rows = await Pages.WalkAsync<AccountSummary>(client, $"/api/v1/accounts?segment={Uri.EscapeDataString(segment)}&limit=3&sort=name&order=asc",
            AddBetweenPages);

        Assert.Equal(originals.Concat(late), rows.Select(r => r.Name));
    }

    [Fact]
    public async Task Paging_accounts_by_revenue_puts_accounts_without_one_last_in_either_order()
    {
        var client = await app.ApiClientAsync(DyadRole.AccountManager);
        var segment = $"Revenue {Guid.NewGuid():N}";
        var revenues = new decimal?[] { 500, null, 100, 300, 300, null, 900, 200 };
        for (var i = 0; i < revenues.Length; i++)
        {
            await client.PostJsonAsync("/api/v1/accounts", Account($"Account {i}", segment, revenues[i]));
        }
        var url = $"/api/v1/accounts?segment={Uri.EscapeDataString(segment)}&limit=3&sort=annual_revenue";

        var descending = await Pages.WalkAsync<AccountSummary>(client, url + "&order=desc", _ => Task.CompletedTask);
        var ascending = await Pages.WalkAsync<AccountSummary>(client, url + "&order=asc", _ => Task.CompletedTask);

        var known = revenues.OfType<decimal>().ToList();
        Assert.Equal(known.OrderDescending().Cast<decimal?>().Concat([null, null]), descending.Select(r => r.AnnualRevenue));
        Assert.Equal(known.Order().Cast<decimal?>().Concat([null, null]), ascending.Select(r => r.AnnualRevenue));
        Assert.Equal(revenues.Length, descending.Select(r => r.Id).Distinct().Count());
        Assert.Equal(revenues.Length, ascending.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task Paging_surveys_returns_each_once_while_surveys_are_added()
    {
        var client = await app.ApiClientAsync(DyadRole.CxManager);
        var before = await Pages.WalkAsync<SurveySummary>(client, "/api/v1/surveys?limit=200&sort=created_at", _ => Task.CompletedTask);
        var created = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await (await client.PostJsonAsync("/api/v1/surveys", new SurveyDetails($"Paged survey {i} {Guid.NewGuid():N}", "nps")))
                .ReadAsync<SurveyView>(HttpStatusCode.Created)).Id);
        }
        async Task AddBetweenPages(int page) =>
            created.Add((await (await client.PostJsonAsync("/api/v1/surveys", new SurveyDetails($"Added survey {page} {Guid.NewGuid():N}", "nps")))
                .ReadAsync<SurveyView>(HttpStatusCode.Created)).Id);

        var rows = await Pages.WalkAsync<SurveySummary>(client, "/api/v1/surveys?limit=2&sort=created_at&order=asc", AddBetweenPages);

        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        Assert.Equal(before.Select(r => r.Id).Concat(created).Order(), rows.Select(r => r.Id).Order());
        Assert.Equal(rows.Select(r => r.CreatedAt).Order(), rows.Select(r => r.CreatedAt));
        var drafts = await (await client.GetAsync("/api/v1/surveys?status=draft&limit=200")).ReadAsync<CursorPage<SurveySummary>>();
        Assert.All(drafts.Items, s => Assert.Equal(SurveyStatus.Draft, s.Status));
        Assert.Subset(drafts.Items.Select(s => s.Id).ToHashSet(), created.ToHashSet());
    }

    [Theory]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=eyJub3QiOiJhIGN1cnNvciJ9", "cursor")]
    [InlineData("sort=favourite_colour", "sort")]
    [InlineData("order=sideways", "order")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    public async Task A_bad_page_request_is_a_400_naming_the_parameter(string query, string parameter)
    {
        var client = await app.ApiClientAsync(DyadRole.Viewer);

        var errors = await (await client.GetAsync($"/api/v1/accounts?{query}")).ValidationErrorsAsync();

        Assert.Equal([parameter], errors.Keys);
    }

    [Fact]
    public async Task A_cursor_cannot_be_reused_with_another_sort()
    {
        var client = await app.ApiClientAsync(DyadRole.Viewer);
        var page = await (await client.GetAsync("/api/v1/accounts?limit=1&sort=name")).ReadAsync<CursorPage<AccountSummary>>();

        var errors = await (await client.GetAsync($"/api/v1/accounts?limit=1&sort=created_at&cursor={page.NextCursor}")).ValidationErrorsAsync();

        Assert.Contains("sort=name", Assert.Single(errors["cursor"]));
    }
}

public sealed class CursorPagingOnSqlite(SqliteApp app) : CursorPagingTests<SqliteApp>(app);

public sealed class CursorPagingOnPostgres(PostgresApp app) : CursorPagingTests<PostgresApp>(app);

using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Data.Demo;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Accounts;

public abstract class AccountsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static AccountDetails NewAccount(string name) =>
        new(name, RelationshipType.Relational, RelationshipType.Transactional, "Growth", "Tests", 125_000.50m);

    [Fact]
    public async Task Account_list_searches_filters_and_pages_the_demo_accounts()
    {
        var client = await app.ApiClientAsync(DyadRole.Viewer);

        var searched = await (await client.GetAsync("/api/v1/accounts?search=aurora")).ReadAsync<CursorPage<AccountSummary>>();
        var aurora = Assert.Single(searched.Items);
        Assert.Equal(DemoWorkspace.ShowcaseAccount, aurora.Name);
        Assert.Equal("Laura Niemi", aurora.OwnerName);
        Assert.Equal(4, aurora.StakeholderCount);

        var manufacturing = await (await client.GetAsync($"/api/v1/accounts?segment={Uri.EscapeDataString(DemoWorkspace.ManufacturingSegment)}&relationshipType=relational"))
            .ReadAsync<CursorPage<AccountSummary>>();
        Assert.Equal(["Aurora Mining", "Baltic Pulp Mill"], manufacturing.Items.Select(a => a.Name));

        // Other tests of this class add accounts of their own, so paging is checked inside one demo segment.
        var segment = Uri.EscapeDataString(DemoWorkspace.ManufacturingSegment);
        var firstPage = await (await client.GetAsync($"/api/v1/accounts?segment={segment}&limit=2&sort=annual_revenue&order=desc")).ReadAsync<CursorPage<AccountSummary>>();
        var secondPage = await (await client.GetAsync($"/api/v1/accounts?segment={segment}&limit=2&sort=annual_revenue&order=desc&cursor={firstPage.NextCursor}"))
            .ReadAsync<CursorPage<AccountSummary>>();
        Assert.Equal(["Aurora Mining", "Baltic Pulp Mill"], firstPage.Items.Select(a => a.Name));
        Assert.Equal(["Delta Chemicals"], secondPage.Items.Select(a => a.Name));
        Assert.Null(secondPage.NextCursor);
    }

    [Fact]
    public async Task Created_account_can_be_read_changed_and_deleted()
    {
        var client = await app.ApiClientAsync(DyadRole.AccountManager);
        var name = $"Created {Guid.NewGuid():N}";

        var created = await (await client.PostJsonAsync("/api/v1/accounts", NewAccount(name))).ReadAsync<AccountView>(HttpStatusCode.Created);
        Assert.Equal(125_000.50m, created.AnnualRevenue);
        Assert.True(created.HasRelationshipMismatch);

        var changed = NewAccount(name) with { Tier = "Strategic", CustomerRelationshipType = RelationshipType.Relational };
        var updated = await (await client.PutJsonAsync($"/api/v1/accounts/{created.Id}", changed)).ReadAsync<AccountView>();
        Assert.Equal("Strategic", updated.Tier);
        Assert.False(updated.HasRelationshipMismatch);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/accounts/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/accounts/{created.Id}")).StatusCode);
    }

    [Fact]
    public async Task Invalid_account_gets_validation_problem_naming_the_fields()
    {
        var client = await app.ApiClientAsync(DyadRole.AccountManager);

        var errors = await (await client.PostJsonAsync("/api/v1/accounts", NewAccount(" ") with { AnnualRevenue = -5 })).ValidationErrorsAsync();

        Assert.Contains("Name is required.", errors["name"]);
        Assert.Contains("Annual revenue cannot be negative.", errors["annualRevenue"]);
    }

    [Fact]
    public async Task Unknown_relationship_type_is_refused_with_the_json_path()
    {
        var client = await app.ApiClientAsync(DyadRole.AccountManager);

        var response = await client.PostAsync("/api/v1/accounts",
            new StringContent("""{"name":"Bad enum","relationshipType":"friendly"}""", System.Text.Encoding.UTF8, "application/json"));

        var errors = await response.ValidationErrorsAsync();
        Assert.True(errors.ContainsKey("relationshipType"), string.Join(", ", errors.Keys));
    }

    [Fact]
    public async Task Second_account_with_a_taken_name_is_a_conflict_and_changes_nothing()
    {
        var client = await app.ApiClientAsync(DyadRole.AccountManager);

        var response = await client.PostJsonAsync("/api/v1/accounts", NewAccount(DemoWorkspace.ShowcaseAccount));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already exists", await response.Content.ReadAsStringAsync());
        var matches = await (await client.GetAsync("/api/v1/accounts?search=aurora")).ReadAsync<CursorPage<AccountSummary>>();
        Assert.Equal(2_400_000m, Assert.Single(matches.Items).AnnualRevenue);
    }

    [Fact]
    public async Task Stakeholders_are_added_changed_and_removed_on_an_account()
    {
        var manager = await app.ApiClientAsync(DyadRole.AccountManager);
        var contributor = await app.ApiClientAsync(DyadRole.Contributor);
        var account = await (await manager.PostJsonAsync("/api/v1/accounts", NewAccount($"People {Guid.NewGuid():N}"))).ReadAsync<AccountView>(HttpStatusCode.Created);
        var person = new StakeholderDetails("Ada Lind", "ada@customer.example", "CIO", "IT", HierarchyLevel.Senior, BuyingCentreRole.DecisionMaker, true);

        var added = await (await contributor.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders", person)).ReadAsync<StakeholderView>(HttpStatusCode.Created);
        var changed = await (await contributor.PutJsonAsync($"/api/v1/stakeholders/{added.Id}", person with { Level = HierarchyLevel.Board })).ReadAsync<StakeholderView>();
        var badEmail = await (await contributor.PutJsonAsync($"/api/v1/stakeholders/{added.Id}", person with { Email = "not-an-address" })).ValidationErrorsAsync();

        Assert.Equal(HierarchyLevel.Board, changed.Level);
        Assert.True(changed.IsDecisionMakingUnitMember);
        Assert.Contains("email", badEmail.Keys);
        var listed = await (await contributor.GetAsync($"/api/v1/accounts/{account.Id}/stakeholders")).ReadItemsAsync<StakeholderView>();
        Assert.Equal("ada@customer.example", Assert.Single(listed).Email);

        Assert.Equal(HttpStatusCode.NoContent, (await contributor.DeleteAsync($"/api/v1/stakeholders/{added.Id}")).StatusCode);
        Assert.Empty(await (await contributor.GetAsync($"/api/v1/accounts/{account.Id}/stakeholders")).ReadItemsAsync<StakeholderView>());
    }

    [Fact]
    public async Task Roles_limit_what_a_user_may_change()
    {
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var contributor = await app.ApiClientAsync(DyadRole.Contributor);
        var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync("/api/v1/accounts", NewAccount("Viewer's"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PostJsonAsync("/api/v1/accounts", NewAccount("Contributor's"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/accounts")).StatusCode);
    }
}

public sealed class AccountsApiOnSqlite(SqliteApp app) : AccountsApiTests<SqliteApp>(app);

public sealed class AccountsApiOnPostgres(PostgresApp app) : AccountsApiTests<PostgresApp>(app);

using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Data.Demo;
using Dyad.Data.Events;
using Dyad.Data.Practices;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Workspaces;

public abstract class TenantIsolationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private async Task<AccountView> DemoShowcaseAccountAsync()
    {
        var demo = await app.ApiClientAsync(DyadRole.Viewer);
        var summary = (await (await demo.GetAsync("/api/v1/accounts?search=aurora")).ReadAsync<CursorPage<AccountSummary>>()).Items.Single();
        return await (await demo.GetAsync($"/api/v1/accounts/{summary.Id}")).ReadAsync<AccountView>();
    }

    [Fact]
    public async Task A_user_of_another_workspace_gets_404_for_everything_of_the_demo_workspace()
    {
        var demoAccount = await DemoShowcaseAccountAsync();
        var stranger = await app.ApiClientAsync(DyadRole.Admin, workspace: "other-firm");
        var journeyId = demoAccount.Journeys.Single().Id;
        var stakeholderId = demoAccount.Stakeholders[0].Id;

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/accounts/{demoAccount.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutJsonAsync($"/api/v1/accounts/{demoAccount.Id}",
            new AccountDetails("Hijacked", RelationshipType.Transactional))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/accounts/{demoAccount.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/journeys/{journeyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostJsonAsync($"/api/v1/journeys/{journeyId}/phase", new { phase = 3 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/stakeholders/{stakeholderId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostJsonAsync($"/api/v1/accounts/{demoAccount.Id}/stakeholders",
            new StakeholderDetails("Spy", null, null, null, HierarchyLevel.Board, BuyingCentreRole.User, false))).StatusCode);

        var strangerList = await (await stranger.GetAsync("/api/v1/accounts")).ReadAsync<CursorPage<AccountSummary>>();
        Assert.Empty(strangerList.Items);
        var untouched = await DemoShowcaseAccountAsync();
        Assert.Equal(demoAccount.Name, untouched.Name);
        Assert.Equal(demoAccount.Stakeholders.Count, untouched.Stakeholders.Count);
    }

    [Fact]
    public async Task A_user_of_another_workspace_gets_404_for_the_demo_events_and_their_coding()
    {
        var demo = await app.ApiClientAsync(DyadRole.Viewer);
        var demoEvent = (await (await demo.GetAsync("/api/v1/events")).ReadItemsAsync<EventSummary>()).First();
        var view = await (await demo.GetAsync($"/api/v1/events/{demoEvent.Id}")).ReadAsync<EventView>();
        var note = view.Evidence.First();
        var code = note.Codes.First();
        var practice = (await (await demo.GetAsync("/api/v1/practices")).ReadAsync<List<PracticeView>>()).First();
        var stranger = await app.ApiClientAsync(DyadRole.Admin, workspace: "other-events-firm");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/events/{demoEvent.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutJsonAsync($"/api/v1/events/{demoEvent.Id}", view.ToDetails() with { Title = "Hijacked" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/events/{demoEvent.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostJsonAsync($"/api/v1/events/{demoEvent.Id}/evidence",
            new Core.Events.EvidenceDetails(Core.Events.EvidenceKind.Note, "Planted"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostJsonAsync($"/api/v1/events/{demoEvent.Id}/evidence/{note.Id}/codes", new CodeRequest("planted"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/events/{demoEvent.Id}/evidence/{note.Id}/codes/{code.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/events/{demoEvent.Id}/practices/{view.Practices[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/accounts/{demoEvent.AccountId}/experience")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/practices/{practice.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/codes/{code.Id}")).StatusCode);
        Assert.Empty(await (await stranger.GetAsync("/api/v1/events")).ReadItemsAsync<EventSummary>());
        Assert.Equal(0, (await (await stranger.GetAsync("/api/v1/events/analysis")).ReadAsync<Web.Events.PracticeAnalysisResponse>()).EventCount);

        var untouched = await (await demo.GetAsync($"/api/v1/events/{demoEvent.Id}")).ReadAsync<EventView>();
        Assert.Equal(view.Title, untouched.Title);
        Assert.Equal(view.Practices, untouched.Practices);
        Assert.Equal(note.Codes, untouched.Evidence.First().Codes);
    }

    [Fact]
    public async Task The_account_page_of_another_workspace_is_not_found_in_the_ui()
    {
        var demoAccount = await DemoShowcaseAccountAsync();
        var stranger = await app.CreateUserAsync(DyadRole.Admin, workspace: "rival-firm");
        var insider = await app.CreateUserAsync(DyadRole.Viewer);

        var strangerBrowser = await app.SignedInClientAsync(stranger.Email, DyadApp.Password);
        var insiderBrowser = await app.SignedInClientAsync(insider.Email, DyadApp.Password);
        var strangerView = await strangerBrowser.GetAsync($"/accounts/{demoAccount.Id}");
        var insiderView = await insiderBrowser.GetAsync($"/accounts/{demoAccount.Id}");

        Assert.Equal(HttpStatusCode.NotFound, strangerView.StatusCode);
        Assert.DoesNotContain(DemoWorkspace.ShowcaseAccount, await strangerView.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, insiderView.StatusCode);
        Assert.Contains(DemoWorkspace.ShowcaseAccount, await insiderView.Content.ReadAsStringAsync());
    }
}

public sealed class TenantIsolationOnSqlite(SqliteApp app) : TenantIsolationTests<SqliteApp>(app);

public sealed class TenantIsolationOnPostgres(PostgresApp app) : TenantIsolationTests<PostgresApp>(app);

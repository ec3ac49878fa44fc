using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Events;
using Dyad.Core.Journeys;
using Dyad.Core.Practices;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Events;
using Dyad.Data.Journeys;
using Dyad.Data.Practices;
using Dyad.Web.Events;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Practices;

public abstract class PracticesApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static PracticeDraft Draft(string name, PracticePolarity polarity = PracticePolarity.Facilitating, params string[] aliases) =>
        new(name, "Plans the next releases together with the customer's key users.", polarity, aliases);

    private static async Task<PracticeView> BuiltInAsync(HttpClient client, string key) =>
        (await (await client.GetAsync("/api/v1/practices")).ReadAsync<List<PracticeView>>()).Single(p => p.Key == key);

    [Fact]
    public async Task A_cx_manager_adds_revises_and_deletes_a_practice_of_the_workspace()
    {
        var cxManager = await app.ApiClientAsync(DyadRole.CxManager);
        var contributor = await app.ApiClientAsync(DyadRole.Contributor);
        const string name = "Co-creating the roadmap";

        var refused = await contributor.PostJsonAsync("/api/v1/practices", Draft(name));
        var response = await cxManager.PostJsonAsync("/api/v1/practices", Draft(name, aliases: "Roadmap workshops"));
        var created = await response.ReadAsync<PracticeView>(HttpStatusCode.Created);
        var revised = await (await cxManager.PutJsonAsync($"/api/v1/practices/{created.Id}", created.ToDraft() with { Description = "Shares the roadmap early." }))
            .ReadAsync<PracticeView>();
        var deleted = await cxManager.DeleteAsync($"/api/v1/practices/{created.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("co_creating_the_roadmap", created.Key);
        Assert.Equal(["Roadmap workshops"], created.Aliases);
        Assert.False(created.IsBuiltIn);
        Assert.Equal($"/api/v1/practices/{created.Id}", response.Headers.Location?.AbsolutePath);
        Assert.Equal("Shares the roadmap early.", revised.Description);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cxManager.GetAsync($"/api/v1/practices/{created.Id}")).StatusCode);
    }

    [Fact]
    public async Task Built_in_practices_keep_their_name_and_polarity_and_stay_in_the_catalogue()
    {
        var cxManager = await app.ApiClientAsync(DyadRole.CxManager);
        var decisive = await BuiltInAsync(cxManager, PracticeKeys.ActingDecisively);

        var renamed = await (await cxManager.PutJsonAsync($"/api/v1/practices/{decisive.Id}", decisive.ToDraft() with { Name = "Being firm" })).ValidationErrorsAsync();
        var aliased = await (await cxManager.PutJsonAsync($"/api/v1/practices/{decisive.Id}",
            decisive.ToDraft() with { Aliases = [.. decisive.Aliases, "Holding the line"] })).ReadAsync<PracticeView>();
        var deleted = await cxManager.DeleteAsync($"/api/v1/practices/{decisive.Id}");
        var taken = await (await cxManager.PostJsonAsync("/api/v1/practices", Draft("Holding firm", aliases: "Take decisive action"))).ValidationErrorsAsync();

        Assert.Contains("built-in practice", renamed["name"][0]);
        Assert.Contains("Holding the line", aliased.Aliases);
        Assert.Equal(HttpStatusCode.Conflict, deleted.StatusCode);
        Assert.Contains("'Take decisive action' already names the practice 'Acting decisively'", taken["aliases"][0]);
    }

    [Fact]
    public async Task A_practice_used_with_modes_cannot_become_destructing()
    {
        var cxManager = await app.ApiClientAsync(DyadRole.CxManager);
        var practice = await (await cxManager.PostJsonAsync("/api/v1/practices", Draft("Escalating early")))
            .ReadAsync<PracticeView>(HttpStatusCode.Created);
        var account = await (await cxManager.PostJsonAsync("/api/v1/accounts",
            new AccountDetails($"Practices test {Guid.NewGuid():N}", RelationshipType.Relational))).ReadAsync<AccountView>(HttpStatusCode.Created);
        var template = (await (await cxManager.GetAsync("/api/v1/templates")).ReadAsync<List<TemplateView>>()).Single(t => t.Name == BuiltInJourneyTemplates.SolutionStages);
        var journey = await (await cxManager.PostJsonAsync($"/api/v1/accounts/{account.Id}/journeys", new NewJourney(template.Id, "Platform")))
            .ReadAsync<JourneyView>(HttpStatusCode.Created);
        var details = new CriticalEventDetails(journey.Id, 2, new DateOnly(2026, 2, 2), "Outage escalated", "The customer's CIO called at night.",
            ExperienceState.Unsettled, ExperienceState.Restored);
        await (await cxManager.PostJsonAsync($"/api/v1/accounts/{account.Id}/events",
            new LogEventRequest(details, [new PracticeUse(practice.Id, ModeOfOrganization.AdHoc, ModeOfEngagement.Reactive)]))).ReadAsync<EventView>(HttpStatusCode.Created);

        // A destructing practice has no modes (000 types only the practices that manage the experience), so the uses would break that rule.
        var response = await cxManager.PutJsonAsync($"/api/v1/practices/{practice.Id}", practice.ToDraft() with { Polarity = PracticePolarity.Destructing });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("modes", await response.Content.ReadAsStringAsync());
        Assert.Equal(PracticePolarity.Facilitating, (await (await cxManager.GetAsync($"/api/v1/practices/{practice.Id}")).ReadAsync<PracticeView>()).Polarity);
    }
}

public sealed class PracticesApiOnSqlite(SqliteApp app) : PracticesApiTests<SqliteApp>(app);

public sealed class PracticesApiOnPostgres(PostgresApp app) : PracticesApiTests<PostgresApp>(app);

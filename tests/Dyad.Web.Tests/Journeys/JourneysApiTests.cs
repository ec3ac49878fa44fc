using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Journeys;
using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Data.Demo;
using Dyad.Data.Journeys;
using Dyad.Data.Touchpoints;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Journeys;

public abstract class JourneysApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private async Task<(HttpClient Client, JourneyView Journey)> NewOrderDeliveryJourneyAsync(DyadRole role = DyadRole.AccountManager)
    {
        var manager = await app.ApiClientAsync(DyadRole.AccountManager);
        var account = await (await manager.PostJsonAsync("/api/v1/accounts",
            new AccountDetails($"Journey test {Guid.NewGuid():N}", RelationshipType.Relational))).ReadAsync<AccountView>(HttpStatusCode.Created);
        var templates = await (await manager.GetAsync("/api/v1/templates")).ReadAsync<List<TemplateView>>();
        var orderDelivery = templates.Single(t => t.Name == BuiltInJourneyTemplates.OrderDelivery);
        var journey = await (await manager.PostJsonAsync($"/api/v1/accounts/{account.Id}/journeys", new NewJourney(orderDelivery.Id, "Crusher order")))
            .ReadAsync<JourneyView>(HttpStatusCode.Created);
        return (role == DyadRole.AccountManager ? manager : await app.ApiClientAsync(role), journey);
    }

    [Fact]
    public async Task Showcase_journey_success_is_the_product_of_its_touchpoint_success_rates()
    {
        var client = await app.ApiClientAsync(DyadRole.Viewer);
        var account = (await (await client.GetAsync("/api/v1/accounts?search=aurora")).ReadAsync<CursorPage<AccountSummary>>()).Items.Single();
        var view = await (await client.GetAsync($"/api/v1/accounts/{account.Id}")).ReadAsync<AccountView>();

        var journey = await (await client.GetAsync($"/api/v1/journeys/{view.Journeys.Single().Id}")).ReadAsync<JourneyView>();

        // 004 Figure 2: kick-off meeting 95 % x document delivery 90 % x factory visit 70 %.
        Assert.Equal(DemoWorkspace.ShowcaseJourney, journey.Name);
        Assert.Equal(0.5985m, journey.Success);
        Assert.Equal(["kick-off", "engineering", "manufacturing", "FAT (factory acceptance test)", "delivery"], journey.Phases.Select(p => p.Name));
        Assert.Contains(journey.Touchpoints, t => t is { Controller: TouchpointController.Partner, PartnerBrand: "Polar Freight" });
    }

    [Fact]
    public async Task Journey_moves_forward_and_back_and_keeps_its_history()
    {
        var (client, journey) = await NewOrderDeliveryJourneyAsync(DyadRole.Contributor);

        await (await client.PostJsonAsync($"/api/v1/journeys/{journey.Id}/phase", new PhaseMove(2))).ReadAsync<JourneyView>();
        await (await client.PostJsonAsync($"/api/v1/journeys/{journey.Id}/phase", new PhaseMove(3, "Drawings approved"))).ReadAsync<JourneyView>();
        var back = await (await client.PostJsonAsync($"/api/v1/journeys/{journey.Id}/phase", new PhaseMove(2, "Design change requested"))).ReadAsync<JourneyView>();

        Assert.Equal(2, back.CurrentPhase);
        Assert.Equal([1, 2, 3, 2], back.History.Select(h => h.ToPhase));
        var stepBack = back.History[^1];
        Assert.True(stepBack.IsStepBack);
        Assert.Equal("manufacturing", stepBack.FromPhaseName);
        Assert.Equal("Design change requested", stepBack.Note);
        Assert.StartsWith("Test Contributor", stepBack.ChangedBy);
    }

    [Fact]
    public async Task Moving_to_a_phase_the_template_lacks_is_refused()
    {
        var (client, journey) = await NewOrderDeliveryJourneyAsync();

        var errors = await (await client.PostJsonAsync($"/api/v1/journeys/{journey.Id}/phase", new PhaseMove(6))).ValidationErrorsAsync();

        Assert.Contains("no phase 6", errors["phase"][0]);
        Assert.Equal(1, (await (await client.GetAsync($"/api/v1/journeys/{journey.Id}")).ReadAsync<JourneyView>()).CurrentPhase);
    }

    [Fact]
    public async Task A_viewer_cannot_move_a_journey()
    {
        var (viewer, journey) = await NewOrderDeliveryJourneyAsync(DyadRole.Viewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync($"/api/v1/journeys/{journey.Id}/phase", new PhaseMove(2))).StatusCode);
    }

    [Fact]
    public async Task Touchpoints_are_placed_in_phases_and_make_up_the_journey_success()
    {
        var (client, journey) = await NewOrderDeliveryJourneyAsync(DyadRole.Contributor);
        TouchpointDetails Touch(string name, int phase, decimal? rate, TouchpointController controller = TouchpointController.Supplier) =>
            new(name, phase, Channel.Meeting, EncounterType.Service, controller, Visibility.Frontstage, SuccessRate: rate);

        await (await client.PostJsonAsync($"/api/v1/journeys/{journey.Id}/touchpoints", Touch("Kick-off meeting", 1, 0.95m))).ReadAsync<TouchpointView>(HttpStatusCode.Created);
        var documents = await (await client.PostJsonAsync($"/api/v1/journeys/{journey.Id}/touchpoints", Touch("Document delivery", 2, 0.5m))).ReadAsync<TouchpointView>(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/api/v1/journeys/{journey.Id}/touchpoints", Touch("Factory visit", 3, 0.70m, TouchpointController.Customer))).ReadAsync<TouchpointView>(HttpStatusCode.Created);
        await (await client.PutJsonAsync($"/api/v1/touchpoints/{documents.Id}", Touch("Document delivery", 2, 0.90m))).ReadAsync<TouchpointView>();
        var outOfRange = await (await client.PostJsonAsync($"/api/v1/journeys/{journey.Id}/touchpoints", Touch("Ghost", 7, 1.2m))).ValidationErrorsAsync();

        var updated = await (await client.GetAsync($"/api/v1/journeys/{journey.Id}")).ReadAsync<JourneyView>();
        Assert.Equal(0.5985m, updated.Success);
        Assert.Equal(3, updated.Touchpoints.Count);
        Assert.Contains("phase", outOfRange.Keys);
        Assert.Contains("successRate", outOfRange.Keys);

        var matrix = await (await client.GetAsync($"/api/v1/templates/{updated.TemplateId}/touchpoints")).ReadAsync<TemplateTouchpoints>();
        Assert.Contains(matrix.Touchpoints, t => t.Touchpoint.Name == "Factory visit" && t.Touchpoint.Controller == TouchpointController.Customer && t.JourneyName == "Crusher order");
    }

    [Fact]
    public async Task Workspace_templates_can_be_added_and_revised_but_built_in_ones_are_fixed()
    {
        var cxManager = await app.ApiClientAsync(DyadRole.CxManager);
        var accountManager = await app.ApiClientAsync(DyadRole.AccountManager);
        var draft = new TemplateDraft($"SaaS onboarding {Guid.NewGuid():N}", "Our own", [new("trial"), new("purchase"), new("onboarding", "customer success manager")]);

        Assert.Equal(HttpStatusCode.Forbidden, (await accountManager.PostJsonAsync("/api/v1/templates", draft)).StatusCode);
        var created = await (await cxManager.PostJsonAsync("/api/v1/templates", draft)).ReadAsync<TemplateView>(HttpStatusCode.Created);
        var revised = await (await cxManager.PutJsonAsync($"/api/v1/templates/{created.Id}", draft with { Phases = [.. draft.Phases, new("renewal")] })).ReadAsync<TemplateView>();
        var duplicatePhases = await (await cxManager.PostJsonAsync("/api/v1/templates", draft with { Name = "Twice", Phases = [new("a"), new("A")] })).ValidationErrorsAsync();

        Assert.Equal(["trial", "purchase", "onboarding", "renewal"], revised.Phases.Select(p => p.Name));
        Assert.Equal("customer success manager", revised.Phases[2].LeadRole);
        Assert.Contains("phases", duplicatePhases.Keys);
        var builtIn = (await (await cxManager.GetAsync("/api/v1/templates")).ReadAsync<List<TemplateView>>()).First(t => t.IsBuiltIn);
        Assert.Equal(HttpStatusCode.Conflict, (await cxManager.DeleteAsync($"/api/v1/templates/{builtIn.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await cxManager.DeleteAsync($"/api/v1/templates/{created.Id}")).StatusCode);
    }
}

public sealed class JourneysApiOnSqlite(SqliteApp app) : JourneysApiTests<SqliteApp>(app);

public sealed class JourneysApiOnPostgres(PostgresApp app) : JourneysApiTests<PostgresApp>(app);

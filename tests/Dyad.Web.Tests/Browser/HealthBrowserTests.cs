using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Alerts;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class HealthBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_portfolio_sorted_by_revenue_leads_to_an_accounts_360_with_the_reasons_for_its_health()
    {
        var manager = await app.CreateUserAsync(DyadRole.AccountManager);
        var api = await app.ApiClientAsync(manager);
        api.BaseAddress = new Uri(app.BaseUrl);
        var account = await (await api.PostJsonAsync("/api/v1/accounts",
                new AccountDetails("Zenith Shipyards", RelationshipType.Relational, Segment: "Maritime", AnnualRevenue: 5_000_000_000m, OwnerId: manager.Id)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);
        var person = await (await api.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders",
                new StakeholderDetails("Ines Duarte", null, "Fleet director", "Operations", HierarchyLevel.Senior, BuyingCentreRole.DecisionMaker, true)))
            .ReadAsync<StakeholderView>(HttpStatusCode.Created);
        await (await api.PostJsonAsync($"/api/v1/accounts/{account.Id}/communications", new CommunicationDetails(CommunicationKind.Question,
            DateTimeOffset.UtcNow.AddHours(-30), "Who signs off the hull survey?", person.Id, Channel.Email))).ReadAsync<CommunicationView>(HttpStatusCode.Created);
        var page = await app.SignedInPageAsync(manager.Email, DyadApp.Password);

        await page.GotoAsync("/portfolio");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Revenue" }).ClickAsync();
        var first = page.Locator(".portfolio-table tbody tr").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-account", "Zenith Shipyards");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Revenue ▼" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#portfolio-chart g.scatter-point[data-account='Zenith Shipyards']")).ToHaveCountAsync(1);

        await first.GetByRole(AriaRole.Link, new() { Name = "Zenith Shipyards" }).ClickAsync();
        await page.WaitForURLAsync($"**/accounts/{account.Id}");
        var health = page.Locator("#account-health");
        // One question waiting beyond 24 hours (75) and the contact it was, 30 hours ago (100), each weighing 10.
        await Assertions.Expect(health.Locator(".health-score")).ToHaveTextAsync("87.5");
        await Assertions.Expect(health.Locator("[data-rag=green]")).ToBeVisibleAsync();
        await Assertions.Expect(health).ToContainTextAsync("SLA breaches 75 (weight 10, 50 % of the score): 1 question waiting beyond 24 hours; 25 points off each breach.");
        await Assertions.Expect(health).ToContainTextAsync("No data for NPS, CSAT, CES, SERVQUAL gap, Target experiences, Critical events, Open risks");
        await Assertions.Expect(page.Locator("#stakeholder-map [data-stakeholder='Ines Duarte']")).ToHaveAttributeAsync("data-sentiment", "unscored");
        await Assertions.Expect(page.Locator("#account-timeline li[data-kind=communication]")).ToContainTextAsync("Who signs off the hull survey?");
    }
}

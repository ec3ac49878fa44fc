using Dyad.Data.Demo;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class DashboardBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string[] Boards = ["overview", "surveys", "feedback", "practices", "experiences", "actions"];

    [Fact]
    public async Task Every_dashboard_of_the_demo_draws_its_charts_without_a_console_error()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        foreach (var board in Boards)
        {
            await page.GotoAsync($"/dashboards/{board}");
            await BrowserApp.WaitUntilInteractiveAsync(page);
            var panels = page.Locator(".dashboard-panel");
            await Assertions.Expect(panels.First).ToBeVisibleAsync();
            await Assertions.Expect(panels.First.Locator("svg").First).ToBeVisibleAsync();
            Assert.True(await page.Locator(".dashboard-panel svg[role=img]").CountAsync() >= 1, $"{board} draws a chart");
            await Assertions.Expect(panels.First.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = false }).First)
                .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/api/v1/dashboards/[a-z-]+\\?format=csv"));
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_filter_goes_into_the_address_and_a_reload_keeps_it()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        await page.GotoAsync("/dashboards/surveys");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        // The panels load after the circuit is up; counted or clicked any earlier, the page is still filling in.
        await Assertions.Expect(page.Locator("[data-panel=score-trends] .point").First).ToBeVisibleAsync();
        var before = await page.Locator("[data-panel=score-trends] .point").CountAsync();

        await MudControls.ChooseAsync(page, page.Locator("body"), "Period", "Last 3 months");
        await page.WaitForURLAsync("**/dashboards/surveys?period=3m");
        await Assertions.Expect(page.Locator("[data-panel=score-trends] a", new() { HasTextString = "CSV" }).First)
            .ToHaveAttributeAsync("href", "/api/v1/dashboards/score-trends?format=csv&period=3m");
        var filtered = await page.Locator("[data-panel=score-trends] .point").CountAsync();
        Assert.True(filtered < before, $"{filtered} points in the last 3 months against {before} over all time");

        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);
        Assert.EndsWith("/dashboards/surveys?period=3m", page.Url);
        await Assertions.Expect(page.GetByTestId("filter-period")).ToContainTextAsync("Last 3 months");
        await Assertions.Expect(page.Locator("[data-panel=score-trends] .point")).ToHaveCountAsync(filtered);
    }
}

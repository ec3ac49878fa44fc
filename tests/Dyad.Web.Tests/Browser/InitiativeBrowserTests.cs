using Dyad.Core.Journeys;
using Dyad.Data.Demo;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class InitiativeBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_responsive_initiative_is_walked_through_its_stages_and_prioritised_in_a_quarter()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Initiatives", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/initiatives");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator($"[data-initiative='{DemoWorkspace.ResponsiveInitiative}']")).ToContainTextAsync("Re-measure before vs after");

        await CreateInitiativeAsync(page, "Documentation on time");
        var current = page.Locator("#current-stage");
        await Assertions.Expect(current).ToHaveTextAsync("Now: Pain points");

        var painPoints = page.Locator("[data-stage='pain_points']");
        await painPoints.GetByLabel("Owner").FillAsync("Sanne Kuipers");
        await painPoints.GetByLabel("Note").FillAsync("Documentation named in 7 answers (004)");
        await painPoints.GetByRole(AriaRole.Button, new() { Name = "Complete stage" }).ClickAsync();
        await Assertions.Expect(current).ToHaveTextAsync("Now: Root cause");
        await Assertions.Expect(painPoints).ToContainTextAsync("completed");

        foreach (var (stage, next) in new[] { ("root_cause", "Options"), ("options", "Quarterly prioritisation") })
        {
            await page.Locator($"[data-stage='{stage}']").GetByRole(AriaRole.Button, new() { Name = "Complete stage" }).ClickAsync();
            await Assertions.Expect(current).ToHaveTextAsync($"Now: {next}");
        }
        await page.GetByLabel("Quarter", new() { Exact = true }).FillAsync("2031-Q1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Prioritise", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#prioritised-in")).ToHaveTextAsync("Prioritised in 2031-Q1");
        await page.Locator("[data-stage='prioritisation']").GetByRole(AriaRole.Button, new() { Name = "Complete stage" }).ClickAsync();
        await Assertions.Expect(current).ToHaveTextAsync("Now: Implementation");

        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("#current-stage")).ToHaveTextAsync("Now: Implementation");
        await Assertions.Expect(page.Locator("[data-stage='pain_points']").GetByLabel("Owner")).ToHaveValueAsync("Sanne Kuipers");
    }

    [Fact]
    public async Task A_configurer_plans_the_measurement_on_the_page_and_sees_the_before_and_after_windows()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        await page.GotoAsync("/initiatives");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await CreateInitiativeAsync(page, "Fewer complaints about documentation");

        await page.GetByText("Plan the measurement").ClickAsync();
        var form = page.Locator("#measurement-plan");
        await MudControls.ChooseAsync(page, form, "Metric", "Share of open answers with a red card (%)");
        foreach (var (label, date) in new[] { ("Before, from", "2026-01-01"), ("Before, to", "2026-06-30"), ("After, from", "2026-06-01"), ("After, to", "2026-12-31") })
        {
            await form.GetByLabel(label).FillAsync(date);
            await form.GetByLabel(label).PressAsync("Tab");
        }
        await form.GetByRole(AriaRole.Button, new() { Name = "Save measurement" }).ClickAsync();
        await Assertions.Expect(form.GetByText("The after window starts once the baseline window has ended.")).ToBeVisibleAsync();

        await form.GetByLabel("After, from").FillAsync("2026-07-01");
        await form.GetByLabel("After, from").PressAsync("Tab");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save measurement" }).ClickAsync();

        await Assertions.Expect(page.Locator("#measurement")).ToContainTextAsync("Before: 2026-01-01 to 2026-06-30");
        await Assertions.Expect(page.Locator("#measurement")).ToContainTextAsync("After: 2026-07-01 to 2026-12-31");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#measurement")).ToContainTextAsync("After: 2026-07-01 to 2026-12-31");
    }

    [Fact]
    public async Task The_demo_responsive_initiative_shows_its_nps_before_and_after()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        await page.GotoAsync("/initiatives");
        // A click before the circuit is up races its first render, which can paint the list back over the detail page.
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = DemoWorkspace.ResponsiveInitiative }).ClickAsync();
        await page.WaitForURLAsync("**/initiatives/*");

        await Assertions.Expect(page.GetByText($"Responsive cycle · {BuiltInJourneyTemplates.ServiceJourney}")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#measurement")).ToContainTextAsync("Before:");
        await Assertions.Expect(page.Locator("#measurement-change")).ToContainTextAsync("(better)");
    }

    /// <summary>
    /// Creates an initiative in the dialog and waits for its page. The title is tabbed out of so its value reaches the
    /// circuit before Create is clicked, and the dialog must close first, so a refused create fails here with the dialog
    /// still open rather than as a navigation that never comes.
    /// </summary>
    private static async Task CreateInitiativeAsync(IPage page, string title)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "New initiative" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Title").FillAsync(title);
        await dialog.GetByLabel("Title").PressAsync("Tab");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.WaitForURLAsync("**/initiatives/*");
        await BrowserApp.WaitUntilInteractiveAsync(page);
    }
}

using Dyad.Core.Journeys;
using Dyad.Data.Demo;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class JourneyDesignBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Editing_the_target_state_map_shows_the_change_list_and_adopting_it_makes_it_the_current_map()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        await page.GotoAsync("/templates");
        // A click before the circuit is up races its first render, which can paint the list back over the design page.
        await BrowserApp.WaitUntilInteractiveAsync(page);
        var card = page.Locator(".template-card").Filter(new() { HasText = BuiltInJourneyTemplates.ServiceJourney });
        await card.GetByRole(AriaRole.Link, new() { Name = "Journey design" }).ClickAsync();
        await page.WaitForURLAsync("**/design");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        var current = page.Locator("[data-map='Current state']");
        var target = page.Locator("[data-map='Target state']");
        var changes = page.GetByRole(AriaRole.List, new() { Name = "Change list" });
        await Assertions.Expect(current.Locator("[data-touchpoint='Support desk ticket handling']")).ToContainTextAsync("Support desk");
        await Assertions.Expect(changes).ToContainTextAsync($"'{DemoWorkspace.DesignedTouchpoint}' added in phase 4");

        await target.GetByRole(AriaRole.Button, new() { Name = "Edit Evaluation with IT expert" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Owner").FillAsync("Customer success lead");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await Assertions.Expect(changes).ToContainTextAsync("'Evaluation with IT expert' owner Kenneth Smit → Customer success lead");

        await target.GetByRole(AriaRole.Button, new() { Name = "Add a touchpoint to phase 1" }).ClickAsync();
        await dialog.GetByLabel("Name").FillAsync("Needs workshop");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await Assertions.Expect(changes).ToContainTextAsync("'Needs workshop' added in phase 1");
        await Assertions.Expect(current.Locator("[data-touchpoint='Needs workshop']")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Adopt target state" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Adopt" }).ClickAsync();

        await Assertions.Expect(page.GetByText("change(s) adopted.")).ToBeVisibleAsync();
        await Assertions.Expect(current.Locator("[data-touchpoint='Needs workshop']")).ToBeVisibleAsync();
        await Assertions.Expect(current.Locator("[data-touchpoint='Evaluation with IT expert']")).ToContainTextAsync("Customer success lead");
        await Assertions.Expect(target).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-map='Current state'] [data-touchpoint='Needs workshop']")).ToBeVisibleAsync();
    }
}

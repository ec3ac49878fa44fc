using Dyad.Data.Demo;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class JourneyBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Signed_in_user_moves_the_demo_journey_to_the_next_phase_and_sees_it()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);

        await page.GetByLabel("Search by name or partner").FillAsync("Aurora");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoWorkspace.ShowcaseAccount, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/accounts/*");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoWorkspace.ShowcaseAccount })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("td[data-label='Name']").Filter(new() { HasText = "Mikko Lahtinen" })).ToBeVisibleAsync();

        await page.Locator($"[data-journey='{DemoWorkspace.ShowcaseJourney}']").ClickAsync();
        await page.WaitForURLAsync("**/journeys/*");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        var currentPhase = page.Locator("#current-phase");
        await Assertions.Expect(currentPhase).ToContainTextAsync("2. engineering");
        await Assertions.Expect(page.Locator("#journey-success")).ToHaveTextAsync("0.5985");

        await page.GetByRole(AriaRole.Button, new() { Name = "Next phase" }).ClickAsync();

        await Assertions.Expect(currentPhase).ToContainTextAsync("3. manufacturing");
        await Assertions.Expect(page.Locator(".phase-step.current")).ToContainTextAsync("manufacturing");
        await Assertions.Expect(page.Locator(".history").GetByText("engineering → manufacturing")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#current-phase")).ToContainTextAsync("3. manufacturing");
    }

    [Fact]
    public async Task Invalid_account_shows_the_message_next_to_the_field_and_saves_nothing()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);

        await page.GetByRole(AriaRole.Button, new() { Name = "New account" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name").FillAsync(DemoWorkspace.ShowcaseAccount);
        await dialog.GetByLabel("Annual revenue").FillAsync("-10");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(dialog.GetByText("Annual revenue cannot be negative.")).ToBeVisibleAsync();
        await dialog.GetByLabel("Annual revenue").FillAsync("1000");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(dialog.GetByText($"An account named '{DemoWorkspace.ShowcaseAccount}' already exists.")).ToBeVisibleAsync();
    }
}

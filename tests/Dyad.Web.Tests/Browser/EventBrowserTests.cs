using Dyad.Data.Demo;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class EventBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Logged_event_with_two_practices_shows_on_the_timeline_and_in_the_circumplex()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Rijnland Housing", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/accounts/*");
        var accountUrl = page.Url;
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Log event" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Title").FillAsync("Renewal meeting rescheduled twice");
        await dialog.GetByLabel("What happened").FillAsync("The head of IT felt ignored after two cancelled renewal meetings.");
        await MudControls.ChooseAsync(page, dialog, "Experience before", "unsettled");
        await MudControls.ChooseAsync(page, dialog, "Experience after", "restored");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add practice" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add practice" }).ClickAsync();
        var rows = dialog.Locator(".practice-use-row");
        await MudControls.ChooseAsync(page, rows.Nth(0), "Practice", "Empathising in customer (facilitating)");
        await MudControls.ChooseAsync(page, rows.Nth(0), "Organization", "ad hoc");
        await MudControls.ChooseAsync(page, rows.Nth(0), "Engagement", "reactive");
        await MudControls.ChooseAsync(page, rows.Nth(1), "Practice", "Managing expectations (facilitating)");
        await MudControls.ChooseAsync(page, rows.Nth(1), "Organization", "regular");
        await MudControls.ChooseAsync(page, rows.Nth(1), "Engagement", "proactive");
        await Assertions.Expect(rows.Nth(0).Locator("[data-effect]")).ToHaveTextAsync("restores");
        await Assertions.Expect(rows.Nth(1).Locator("[data-effect]")).ToHaveTextAsync("bolsters");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Log event" }).ClickAsync();

        // Rijnland's service journey is in phase 1, where the demo's cases are 1.1 and 1.2.
        var step = page.Locator(".experience-timeline [data-case='1.3']");
        await Assertions.Expect(step).ToBeVisibleAsync();
        await Assertions.Expect(step).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("improved"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Renewal meeting rescheduled twice" })).ToBeVisibleAsync();

        var accountId = accountUrl.Split('/')[^1];
        await page.GotoAsync($"/events?account={accountId}");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".circumplex [data-quadrant='ad_hoc_reactive'] [data-practice='Empathising in customer']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".circumplex [data-quadrant='regular_proactive'] [data-practice='Managing expectations']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".recurrence-matrix td[data-phase='1'][data-practice='managing_expectations']")).ToContainTextAsync("1");
    }
}

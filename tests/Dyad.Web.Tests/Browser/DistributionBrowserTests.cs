using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Demo;
using Dyad.Data.Surveys;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class DistributionBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_cx_manager_invites_an_address_twice_and_sees_the_second_skipped_by_the_fatigue_cap()
    {
        var surveyId = await app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<SurveyService>().CreateAsync(new SurveyDetails($"Delivery NPS {Guid.NewGuid():N}", BuiltInInstruments.NpsKey)));
        var email = $"buyer-{Guid.NewGuid():N}@customer.example";
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);

        await page.GotoAsync($"{app.BaseUrl}/surveys/{surveyId}/distribution");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        var emails = page.GetByLabel("E-mail addresses (comma or line separated)");
        var invite = page.GetByRole(AriaRole.Button, new() { Name = "Invite", Exact = true });

        await emails.FillAsync(email);
        await invite.ClickAsync();
        await Assertions.Expect(page.GetByText("1 invited.")).ToBeVisibleAsync();
        await emails.FillAsync(email);
        await invite.ClickAsync();
        await Assertions.Expect(page.GetByText("0 invited, 1 skipped by the fatigue cap.")).ToBeVisibleAsync();

        var rows = page.Locator("tr", new() { HasText = email });
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Filter(new() { HasText = "Skipped: invited on" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = "waiting to be sent" }).Locator("code")).ToContainTextAsync("/s/");
    }

    [Fact]
    public async Task The_demo_nps_distribution_shows_its_trigger_and_every_tracking_state_and_links_to_the_results()
    {
        var surveyId = await app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
            (await services.GetRequiredService<SurveyService>().ListAsync()).Single(s => s.Name == DemoWorkspace.NpsSurvey).Id);
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);

        await page.GotoAsync($"/surveys/{surveyId}/distribution");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.Locator("tr", new() { HasText = DemoWorkspace.FactoryAcceptanceTrigger })).ToContainTextAsync("Factory acceptance test");
        foreach (var state in new[] { "Skipped: invited on", "bounced ", " · answered ", " · started ", " · opened ", "2 reminder(s)" })
        {
            await Assertions.Expect(page.Locator("tr", new() { HasText = state }).First).ToBeVisibleAsync();
        }
        await page.GetByRole(AriaRole.Link, new() { Name = "Results", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/surveys/{surveyId}/results");
    }
}

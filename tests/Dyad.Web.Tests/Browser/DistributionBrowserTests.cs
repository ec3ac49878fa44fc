using System.Text;
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
    public async Task A_cx_manager_imports_a_participant_list_sees_each_bad_cell_in_a_table_then_the_participants_invited()
    {
        var surveyId = await app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<SurveyService>().CreateAsync(new SurveyDetails($"Participants {Guid.NewGuid():N}", BuiltInInstruments.NpsKey)));
        var email = $"planner-{Guid.NewGuid():N}@customer.example";
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        await page.GotoAsync($"{app.BaseUrl}/surveys/{surveyId}/distribution");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        // MudFileUpload adds a fresh input after each pick; the last one takes the next file.
        var upload = page.Locator("input[type=file]").Last;

        await upload.SetInputFilesAsync(new FilePayload
        {
            Name = "participants.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes($"firstname,lastname,email,validfrom\nAda,Moss,{email},next week\n"),
        });
        var error = page.Locator(".participant-import-errors tbody tr");
        await Assertions.Expect(error).ToHaveCountAsync(1);
        await Assertions.Expect(error).ToContainTextAsync("2validfrom'next week' is not a time");
        await Assertions.Expect(page.Locator("tr", new() { HasText = email })).ToHaveCountAsync(0);

        await upload.SetInputFilesAsync(new FilePayload
        {
            Name = "participants.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes($"firstname,lastname,email\nAda,Moss,{email}\n"),
        });
        await Assertions.Expect(page.GetByText("1 of 1 participant(s) invited")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".participant-import-errors")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("tr", new() { HasText = email })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Export participants" }))
            .ToHaveAttributeAsync("href", $"/api/v1/surveys/{surveyId}/participants/export.csv");
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

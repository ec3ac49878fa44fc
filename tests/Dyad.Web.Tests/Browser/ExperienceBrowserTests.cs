using System.Net;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data.Demo;
using Dyad.Data.Surveys;
using Dyad.Web.Surveys;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class ExperienceBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_target_experience_defined_and_linked_on_the_page_shows_its_attainment_once_responses_arrive()
    {
        var surveyName = $"Delivery check {Guid.NewGuid():N}"[..24];
        var surveyId = await app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var surveys = services.GetRequiredService<SurveyService>();
            var id = await surveys.CreateAsync(new SurveyDetails(surveyName, BuiltInInstruments.CsatKey, AllowAnonymous: true));
            await surveys.UpdateAsync(id, new SurveyDetails(surveyName, BuiltInInstruments.CsatKey, AllowAnonymous: true, Status: SurveyStatus.Open));
            return id;
        });
        var name = $"Calm deliveries {Guid.NewGuid():N}"[..24];
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Target experiences", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/experiences");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("experience-matrix")).ToContainTextAsync(DemoWorkspace.InspiringExperience);
        await page.Locator("[data-library='secure']").GetByRole(AriaRole.Button, new() { Name = "Start from template" }).ClickAsync();
        await page.WaitForURLAsync("**/experiences/*");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved as version 2.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-version='2']")).ToContainTextAsync("name: Secure");

        var links = page.GetByTestId("experience-links");
        await links.GetByTestId("link-touchpoint").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Factory acceptance test (", Exact = false }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        await links.GetByRole(AriaRole.Button, new() { Name = "Add link" }).ClickAsync();
        await Assertions.Expect(links.Locator("[data-link='touchpoint']")).ToContainTextAsync("Factory acceptance test");

        await links.GetByTestId("link-kind").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "survey question", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        await links.GetByTestId("link-question").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = $"{surveyName}: How satisfied are you with our service?", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        await links.GetByRole(AriaRole.Button, new() { Name = "Add link" }).ClickAsync();
        await Assertions.Expect(links.Locator("[data-link='survey_question']")).ToContainTextAsync(surveyName);
        await Assertions.Expect(page.GetByTestId("attainment-realized")).ToHaveTextAsync("not measured");

        // Two customers answer through the API: CSAT 5 and 4 of 1-5 are 100 and 75, so 87.5 realized.
        var client = await app.ApiClientAsync(DyadRole.Contributor);
        client.BaseAddress = new Uri(app.BaseUrl);
        foreach (var score in new[] { 5, 4 })
        {
            var response = await client.PostJsonAsync($"/api/v1/surveys/{surveyId}/responses",
                new SubmitResponseRequest(new Dictionary<string, Answer> { [BuiltInInstruments.ScoreQuestion] = new(Number: score) }));
            await response.ReadAsync<SurveyResponseView>(HttpStatusCode.Created);
        }

        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("attainment-realized")).ToHaveTextAsync("87.5");
        await Assertions.Expect(page.GetByTestId("experience-attainment")).ToContainTextAsync("2 data points");
        await Assertions.Expect(page.GetByTestId("experience-attainment")).ToContainTextAsync("positive");
    }
}

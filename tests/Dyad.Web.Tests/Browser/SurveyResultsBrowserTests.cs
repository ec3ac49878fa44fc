using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Demo;
using Dyad.Data.Surveys;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class SurveyResultsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_results_page_of_the_demo_nps_shows_its_score_and_draws_the_trend()
    {
        var (surveyId, score) = await app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var survey = await services.GetRequiredService<DyadDbContext>().Surveys.SingleAsync(s => s.Name == DemoWorkspace.NpsSurvey);
            var analysis = await services.GetRequiredService<SurveyAnalysisService>().AnalyseAsync(survey.Id);
            return (survey.Id, analysis!.Nps!.Score!.Value);
        });
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);

        await page.GotoAsync($"/surveys/{surveyId}/results");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.GetByTestId("nps-value")).ToHaveTextAsync(Math.Round(score).ToString("0", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("svg.nps-bar")).ToBeVisibleAsync();
        var trend = page.Locator("svg.trend-chart");
        await Assertions.Expect(trend).ToBeVisibleAsync();
        Assert.True(await trend.Locator(".trend-point").CountAsync() >= 12);
        await Assertions.Expect(trend.Locator("polyline.trend-line").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Survey", Exact = true })).ToHaveAttributeAsync("href", $"/surveys/{surveyId}");
    }

    [Fact]
    public async Task The_results_of_a_servqual_survey_show_each_dimension_gap_per_account_and_each_item_correlation()
    {
        var (surveyId, byAccount) = await app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var survey = await services.GetRequiredService<DyadDbContext>().Surveys.SingleAsync(s => s.Name == DemoWorkspace.MonitorServqualSurvey);
            var analysis = await services.GetRequiredService<SurveyAnalysisService>().AnalyseAsync(survey.Id, new SurveyAnalysisQuery(By: Dyad.Core.Surveys.Results.BreakdownDimension.Account));
            return (survey.Id, analysis!.Breakdown!.First(g => g.Result.Servqual?.Dimensions.Count > 0));
        });
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);

        await page.GotoAsync($"/surveys/{surveyId}/results");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        var responsiveness = byAccount.Result.Servqual!.Dimensions.Single(d => d.Dimension == Dyad.Core.Surveys.ServqualDimension.Responsiveness);
        var cell = page.Locator($".breakdown-table tr[data-group='{byAccount.Group}'] td[data-dimension='responsiveness']");
        await Assertions.Expect(cell).ToHaveTextAsync(Dyad.Web.Components.Surveys.Results.ChartMath.Signed(responsiveness.Gap));
        await Assertions.Expect(page.Locator(".item-total-table tbody tr")).ToHaveCountAsync(22);
    }

    [Fact]
    public async Task An_account_page_lists_the_surveys_its_people_answered_and_links_to_their_results_for_that_account()
    {
        var page = await app.SignedInPageAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Stadsbank", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/accounts/*");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        var row = page.Locator($".account-surveys [data-survey='{DemoWorkspace.NpsSurvey}']");
        await Assertions.Expect(row).ToContainTextAsync("NPS");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/results?account=*");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        var selected = await page.GetByTestId("selected-count").TextContentAsync();
        var all = await page.GetByTestId("response-count").TextContentAsync();
        Assert.True(int.Parse(selected!.Split(' ')[0]) < int.Parse(all!), $"{selected} of {all}: the account's responses only");
    }
}

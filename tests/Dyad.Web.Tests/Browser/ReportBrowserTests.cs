using System.Text;
using Dyad.Core.Reports;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Common;
using Dyad.Data.Dashboards;
using Dyad.Data.Demo;
using Dyad.Data.Reports;
using Dyad.Tests.Shared;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class ReportBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string CxManagerEmail = "cx@demo.example";
    private const string AccountManagerEmail = "john@demo.example";

    [Fact]
    public async Task A_cx_manager_generates_the_workspace_report_and_an_account_review_and_downloads_each_as_a_pdf()
    {
        var (accountId, accountName, _) = (await AccountsAsync()).First();
        var page = await app.SignedInPageAsync(CxManagerEmail, DemoWorkspace.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/reports");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        var generate = page.GetByTestId("generate-report");
        await MudControls.ChooseAsync(page, generate, "Format", "PDF");
        await generate.GetByTestId("generate").ClickAsync();

        var workspaceRow = page.GetByTestId("report-row").Filter(new() { HasTextString = "CX report: Dyad demo" });
        await Assertions.Expect(workspaceRow).ToHaveCountAsync(1);
        await Assertions.Expect(workspaceRow).ToContainTextAsync("pdf");
        await Assertions.Expect(workspaceRow).ToContainTextAsync("Sanne Kuipers");
        await AssertDownloadsPdfAsync(page, workspaceRow, "CX report: Dyad demo");

        await page.GotoAsync($"/accounts/{accountId}");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await page.GetByTestId("account-review").ClickAsync();
        await page.WaitForURLAsync("**/reports?report=*");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        var reviewRow = page.Locator("[data-testid=report-row].report-new");
        await Assertions.Expect(reviewRow).ToContainTextAsync($"Account review: {accountName}");
        await Assertions.Expect(workspaceRow).ToHaveCountAsync(1);
        await AssertDownloadsPdfAsync(page, reviewRow, $"Account review: {accountName}");
    }

    [Fact]
    public async Task An_account_manager_is_offered_and_shown_the_reviews_of_their_own_accounts_only()
    {
        var accounts = await AccountsAsync();
        var johnsId = await UserIdAsync(AccountManagerEmail);
        var owned = accounts.Where(a => a.OwnerId == johnsId).ToList();
        var others = accounts.First(a => a.OwnerId != johnsId);
        Assert.NotEmpty(owned);
        var colleaguesReview = await app.InWorkspaceAsync(Workspace.DemoSlug, services => services.GetRequiredService<ReportService>().GenerateAsync(
            new ReportRequest(ReportKind.AccountReview, ReportFormat.Csv, others.Id, new DashboardFilter(DashboardFilter.AllTime)),
            new DashboardViewer(null, DyadRole.CxManager), new Actor(null, "A colleague")));
        var page = await app.SignedInPageAsync(AccountManagerEmail, DemoWorkspace.Password);

        await page.GotoAsync($"/accounts/{others.Id}");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = others.Name })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("account-review")).ToHaveCountAsync(0);
        await page.GotoAsync($"/accounts/{owned[0].Id}");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("account-review")).ToBeVisibleAsync();

        await page.GotoAsync("/reports");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        var generate = page.GetByTestId("generate-report");
        await MudControls.ChooseAsync(page, generate, "Report", "Account review");
        await generate.Locator(".mud-select").Filter(new() { Has = page.Locator("label", new() { HasTextString = "Account" }) }).First.ClickAsync();
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await Assertions.Expect(options).ToHaveCountAsync(owned.Count);
        Assert.Equal(owned.Select(a => a.Name).Order(), (await options.AllInnerTextsAsync()).Select(t => t.Trim()).Order());
        await options.Filter(new() { HasTextString = owned[0].Name }).ClickAsync();
        await options.First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await generate.GetByTestId("generate").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=report-row].report-new")).ToContainTextAsync($"Account review: {owned[0].Name}");
        await Assertions.Expect(page.GetByTestId("reports")).Not.ToContainTextAsync(colleaguesReview.Title);
        Assert.All(await page.GetByTestId("report-row").AllInnerTextsAsync(),
            row => Assert.Contains(owned, a => row.Contains($"Account review: {a.Name}", StringComparison.Ordinal)));
    }

    private static async Task AssertDownloadsPdfAsync(IPage page, ILocator row, string title)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByTestId("download-report").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Contains(title, await Poppler.InfoAsync(bytes));
    }

    private Task<List<(Guid Id, string Name, Guid? OwnerId)>> AccountsAsync() =>
        app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
            (await services.GetRequiredService<DyadDbContext>().Accounts.OrderBy(a => a.Name).Select(a => new { a.Id, a.Name, a.OwnerId }).ToListAsync())
            .Select(a => (a.Id, a.Name, a.OwnerId)).ToList());

    private Task<Guid> UserIdAsync(string email) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, services => services.GetRequiredService<DyadDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}

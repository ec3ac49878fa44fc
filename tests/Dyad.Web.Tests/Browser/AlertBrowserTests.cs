using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

/// <summary>The browser app on a clock the test moves.</summary>
public sealed class ClockedBrowserApp : BrowserApp
{
    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class AlertBrowserTests(ClockedBrowserApp app) : IClassFixture<ClockedBrowserApp>
{
    [Fact]
    public async Task A_question_logged_on_the_account_page_turns_into_an_alert_with_its_reason_once_it_waits_beyond_24_hours()
    {
        var manager = await app.CreateUserAsync(DyadRole.AccountManager);
        var api = await app.ApiClientAsync(manager);
        api.BaseAddress = new Uri(app.BaseUrl); // the browser fixture serves on a real port, not in memory
        var account = await (await api.PostJsonAsync("/api/v1/accounts", new AccountDetails("Saimaa Board", RelationshipType.Relational, OwnerId: manager.Id)))
            .ReadAsync<AccountView>(HttpStatusCode.Created);
        await (await api.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders",
                new StakeholderDetails("Anna Virtanen", null, "Production manager", "Production", HierarchyLevel.Middle, BuyingCentreRole.User, false)))
            .ReadAsync<StakeholderView>(HttpStatusCode.Created);
        var page = await app.SignedInPageAsync(manager.Email, DyadApp.Password);
        await page.GotoAsync($"/accounts/{account.Id}");
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Log interaction" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await MudControls.ChooseAsync(page, dialog, "Asked by", "Anna Virtanen");
        await dialog.GetByLabel("The question").FillAsync("When is the factory acceptance test?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var communications = page.Locator("#account-communications");
        await Assertions.Expect(communications.Locator("tr[data-kind=question]")).ToContainTextAsync("not answered yet");

        var alerts = page.Locator("#account-alerts");
        var evaluate = alerts.GetByRole(AriaRole.Button, new() { Name = "Evaluate now" });
        await evaluate.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("0 new");
        await Assertions.Expect(alerts).ToContainTextAsync("No open alerts");

        app.Clock.Advance(TimeSpan.FromHours(25));
        await evaluate.ClickAsync();

        var alert = alerts.Locator("tr[data-rule=unanswered_question]");
        await Assertions.Expect(alert).ToContainTextAsync("Anna Virtanen asked");
        await Assertions.Expect(alert).ToContainTextAsync("(\"When is the factory acceptance test?\") and has had no answer for 25 hours; the limit is 24 hours.");

        // A day later the sign-in has lapsed (12 hours without use), so the manager signs in again to see the list.
        page = await app.SignedInPageAsync(manager.Email, DyadApp.Password);
        await page.GotoAsync("/alerts");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        var listed = page.Locator("tr[data-rule=unanswered_question]").Filter(new() { HasText = "Saimaa Board" });
        await Assertions.Expect(listed).ToContainTextAsync("has had no answer for 25 hours");
    }
}

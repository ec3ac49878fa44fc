using Dyad.Core.Workspaces;
using Dyad.Data.Demo;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class SecurityBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>Chromium reports each thing the content security policy blocks as a console error starting so.</summary>
    private const string Violation = "violates the following Content Security Policy directive";

    [Fact]
    public async Task The_staff_pages_the_portal_and_the_respondent_page_run_within_the_content_security_policy()
    {
        var page = await app.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains(Violation, StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };

        await page.GotoAsync("/login");
        await page.FillAsync("#email", DemoWorkspace.AdminEmail);
        await page.FillAsync("#password", DemoWorkspace.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/accounts");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        foreach (var path in new[] { "/dashboards", "/surveys", "/settings/tokens" })
        {
            await page.GotoAsync(path);
            await BrowserApp.WaitUntilInteractiveAsync(page);
        }
        await page.GotoAsync("/account/security");
        await Assertions.Expect(page.Locator(".authenticator-qr svg")).ToBeVisibleAsync();
        await page.GotoAsync("/s/open/no-such-survey");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GotoAsync("/portal/sign-in");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task A_user_turns_on_two_step_sign_in_from_the_code_on_the_page_and_then_signs_in_with_the_app()
    {
        var user = await app.CreateUserAsync(DyadRole.Contributor);
        var page = await app.SignedInPageAsync(user.Email, DyadApp.Password);
        await page.GetByLabel("Sign-in security").ClickAsync();
        await page.WaitForURLAsync("**/account/security");
        var key = await page.Locator("#authenticator-key").GetAttributeAsync("data-key");

        await page.FillAsync("#code", Totp.Code(key!, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();

        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator("#two-factor-status")).ToContainTextAsync("Two-step sign-in is on");

        var again = await app.NewPageAsync();
        await again.GotoAsync("/login");
        await again.FillAsync("#email", user.Email);
        await again.FillAsync("#password", DyadApp.Password);
        await again.ClickAsync("button[type=submit]");
        await again.WaitForURLAsync("**/login/two-factor**");
        await again.FillAsync("#code", Totp.Code(key!, DateTimeOffset.UtcNow));
        await again.ClickAsync("button[type=submit]");
        await again.WaitForURLAsync("**/accounts");
    }
}

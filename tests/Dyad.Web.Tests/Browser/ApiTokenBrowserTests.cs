using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dyad.Core.Workspaces;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Browser;

public sealed class ApiTokenBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_user_creates_a_read_only_token_from_the_user_menu_and_the_api_honours_its_scope_until_it_is_revoked()
    {
        var user = await app.CreateUserAsync(DyadRole.CxManager);
        var page = await app.SignedInPageAsync(user.Email, DyadApp.Password);
        await BrowserApp.WaitUntilInteractiveAsync(page);

        await page.Locator("[data-testid=user-menu] button, button[data-testid=user-menu]").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-menu-item").Filter(new() { HasTextString = "API tokens" }).ClickAsync();
        await page.WaitForURLAsync("**/settings/tokens");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await page.GetByLabel("Token name (what it is for)").FillAsync("Read the accounts");
        // A new token reads everything until told otherwise.
        await Assertions.Expect(ScopeBox(page, "*:read")).ToBeCheckedAsync();
        await ScopeBox(page, "*:read").UncheckAsync();
        await ScopeBox(page, "accounts:read").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        var secret = await page.Locator(".token-secret").TextContentAsync();

        using var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret!.Trim());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/surveys")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync("/api/v1/accounts", JsonContent.Create(new { name = "Not allowed" }))).StatusCode);

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Revoke" })).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/accounts")).StatusCode);
    }

    private static ILocator ScopeBox(IPage page, string scope) => page.Locator($"input[aria-label='{scope}']");
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>
/// Dyad on a real Kestrel port of loopback, driven by Debian's Chromium through Playwright; no browser
/// is ever downloaded.
/// </summary>
public sealed class BrowserApp() : DyadApp(new SqliteTestDatabase()), IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Database.CreateAsync();
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root needs --no-sandbox; the rest keep Chromium off the network it cannot reach here.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>
    /// Waiting limits for a test machine of two cores that also builds and runs other test assemblies: they bound how
    /// long a broken page hangs a test, and are not speed claims.
    /// </summary>
    private const float ActionTimeoutMs = 60_000;

    private const float ExpectTimeoutMs = 20_000;

    /// <summary>A fresh browser context (its own cookies and storage) on Dyad's address, with the suite's waiting limits.</summary>
    public async Task<IPage> NewPageAsync(int width = 1440, int height = 1000, string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height }, Locale = locale,
        });
        context.SetDefaultTimeout(ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(ActionTimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser context on a page that has signed in through the form.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/accounts");
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>The layout marks itself once the circuit has rendered, after which clicks reach the server.</summary>
    public static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator("#dyad-interactive[data-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
}

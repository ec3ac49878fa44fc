using Dyad.Data.Surveys.Distribution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>
/// Dyad on a real Kestrel port of loopback, driven by Debian's Chromium through Playwright; no browser
/// is ever downloaded. The port is chosen before the host starts, so the links Dyad writes (<c>Dyad:PublicUrl</c>) lead
/// back to this very server.
/// </summary>
public class BrowserApp() : DyadApp(new SqliteTestDatabase()), IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly int _port = SmtpSink.FreePort();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl => $"http://localhost:{_port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(SurveyLinks.PublicUrlKey, BaseUrl);
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Database.CreateAsync();
        UseKestrel(_port);
        StartServer();
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

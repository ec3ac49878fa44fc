using System.Net;
using Dyad.Core.Workspaces;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dyad.Web.Tests.Security;

/// <summary>Dyad with OpenID Connect sign-in against an identity provider of the test's own, provisioning new users as viewers.</summary>
public abstract class OidcApp(TestDatabase database) : DyadApp(database), IAsyncLifetime
{
    public const string ProviderName = "Test IdP";

    public TestIdentityProvider Provider { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Dyad:Security:OpenIdConnect:Authority", Provider.Authority);
        builder.UseSetting("Dyad:Security:OpenIdConnect:ClientId", TestIdentityProvider.ClientId);
        builder.UseSetting("Dyad:Security:OpenIdConnect:ClientSecret", TestIdentityProvider.ClientSecret);
        builder.UseSetting("Dyad:Security:OpenIdConnect:DisplayName", ProviderName);
        builder.UseSetting("Dyad:Security:OpenIdConnect:RequireHttpsMetadata", "false");
        builder.UseSetting("Dyad:Security:OpenIdConnect:AutoProvision", "true");
        builder.UseSetting("Dyad:Security:OpenIdConnect:DefaultRole", nameof(DyadRole.Viewer));
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Provider.StartAsync();
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

public sealed class SqliteOidcApp() : OidcApp(new SqliteTestDatabase());

public sealed class PostgresOidcApp() : OidcApp(new PostgresTestDatabase());

/// <summary>
/// The whole round trip as a browser makes it, one redirect at a time: Dyad's sign-in link, the provider's authorize
/// endpoint, back to Dyad with a code that Dyad exchanges (client secret, PKCE) for an id_token it checks against the
/// provider's keys.
/// </summary>
public abstract class OpenIdConnectTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : OidcApp
{
    [Fact]
    public async Task The_sign_in_page_offers_the_provider()
    {
        var page = await app.CreateClient().GetStringAsync("/login");

        Assert.Contains($"Sign in with {OidcApp.ProviderName}", page);
    }

    [Fact]
    public async Task A_person_the_provider_knows_by_an_existing_users_address_signs_in_as_that_user()
    {
        var user = await app.CreateUserAsync(DyadRole.AccountManager);
        app.Provider.NextUser = new TestIdentityProvider.Person($"sub-{Guid.NewGuid():N}", user.Email, "Someone Else");

        var (client, landing) = await SignInThroughProviderAsync();

        Assert.Equal("/accounts", landing);
        Assert.Contains($"{user.DisplayName} · account manager", await PageTextAsync(client, "/accounts"));
    }

    [Fact]
    public async Task A_new_person_is_provisioned_with_the_default_role_and_comes_back_as_the_same_user()
    {
        var email = $"new-{Guid.NewGuid():N}@idp.example";
        app.Provider.NextUser = new TestIdentityProvider.Person($"sub-{Guid.NewGuid():N}", email, "Nora New");

        var (first, landing) = await SignInThroughProviderAsync();
        Assert.Equal("/accounts", landing);
        Assert.Contains("Nora New · viewer", await PageTextAsync(first, "/accounts"));

        var (second, again) = await SignInThroughProviderAsync();
        Assert.Equal("/accounts", again);
        Assert.Contains("Nora New · viewer", await PageTextAsync(second, "/accounts"));
    }

    [Fact]
    public async Task An_address_the_provider_has_not_verified_signs_nobody_in()
    {
        var user = await app.CreateUserAsync(DyadRole.Admin);
        app.Provider.NextUser = new TestIdentityProvider.Person($"sub-{Guid.NewGuid():N}", user.Email, "Mallory", EmailVerified: false);

        var (client, landing) = await SignInThroughProviderAsync();

        Assert.StartsWith("/login?error=", landing);
        Assert.Contains("has no Dyad user", await PageTextAsync(client, landing));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/accounts")).StatusCode);
    }

    private static async Task<string> PageTextAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    /// <summary>Follows the redirects by hand, Dyad's with the test server's client and the provider's over loopback.</summary>
    /// <returns>The client with Dyad's cookies, and where Dyad sent it in the end.</returns>
    private async Task<(HttpClient Client, string Landing)> SignInThroughProviderAsync()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        var challenge = await client.GetAsync("/login/external?returnUrl=/accounts");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith(app.Provider.Authority, challenge.Headers.Location!.ToString());
        var authorized = await browser.GetAsync(challenge.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        var callback = await client.GetAsync(authorized.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        var completed = await client.GetAsync(callback.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        return (client, completed.Headers.Location!.OriginalString);
    }
}

public sealed class OpenIdConnectTestsOnSqlite(SqliteOidcApp app) : OpenIdConnectTests<SqliteOidcApp>(app);

public sealed class OpenIdConnectTestsOnPostgres(PostgresOidcApp app) : OpenIdConnectTests<PostgresOidcApp>(app);

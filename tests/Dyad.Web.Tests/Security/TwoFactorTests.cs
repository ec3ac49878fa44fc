using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Dyad.Core.Workspaces;
using Dyad.Web.Security;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Security;

/// <summary>
/// Two-step sign-in as a person meets it: enrolling with the key the page shows, the second step at sign-in with a code
/// computed as an authenticator app would, recovery codes, and a workspace whose admin requires it.
/// </summary>
public abstract partial class TwoFactorTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    [Fact]
    public async Task A_user_who_turned_on_two_step_sign_in_needs_a_code_from_the_app_after_the_password()
    {
        var user = await app.CreateUserAsync(DyadRole.Viewer);
        var key = await EnrolAsync(await app.SignedInClientAsync(user.Email, DyadApp.Password));

        var (client, afterPassword) = await app.TrySignInAsync(user.Email, DyadApp.Password);
        var secondStep = PathOf(afterPassword.Headers.Location!);
        Assert.StartsWith("/login/two-factor", secondStep);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/accounts")).StatusCode);

        var wrong = await client.PostFormAsync(secondStep, "two-factor", new Dictionary<string, string> { ["Input.Code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync());

        var right = await client.PostFormAsync(secondStep, "two-factor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/accounts", PathOf(right.Headers.Location!));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/accounts")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var user = await app.CreateUserAsync(DyadRole.Viewer);
        var enrolment = await app.SignedInClientAsync(user.Email, DyadApp.Password);
        await EnrolAsync(enrolment);
        var codes = RecoveryCodes(_lastEnrolmentPage);
        Assert.Equal(10, codes.Count);

        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(user.Email, codes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(user.Email, codes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(user.Email, codes[1])).StatusCode);
    }

    [Fact]
    public async Task When_an_admin_requires_two_step_sign_in_a_user_without_it_can_only_set_it_up()
    {
        var workspace = $"mfa-{Guid.NewGuid():N}"[..20];
        var admin = await app.ApiClientAsync(DyadRole.Admin, workspace);
        var manager = await app.ApiClientAsync(DyadRole.CxManager, workspace);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PutJsonAsync("/api/v1/security/two-factor", new TwoFactorRule(true))).StatusCode);
        Assert.True((await (await admin.PutJsonAsync("/api/v1/security/two-factor", new TwoFactorRule(true))).ReadAsync<TwoFactorRule>()).Required);

        var user = await app.CreateUserAsync(DyadRole.Viewer, workspace);
        var client = await app.SignedInClientAsync(user.Email, DyadApp.Password);
        var page = await client.GetAsync("/accounts");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/security", PathOf(page.Headers.Location!));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/accounts")).StatusCode);
        Assert.Contains("asks everyone to sign in with an authenticator app", await client.GetStringAsync("/account/security"));

        await EnrolAsync(client);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/accounts")).StatusCode);
        Assert.DoesNotContain("Turn off two-step sign-in", await client.GetStringAsync("/account/security"));
        Assert.True((await (await admin.GetAsync("/api/v1/security/two-factor")).ReadAsync<TwoFactorRule>()).Required);
    }

    [Fact]
    public async Task The_enrolment_page_draws_the_authenticator_link_as_a_QR_code()
    {
        var user = await app.CreateUserAsync(DyadRole.Viewer);
        var page = await (await app.SignedInClientAsync(user.Email, DyadApp.Password)).GetStringAsync("/account/security");

        Assert.Contains("<svg", page);
        Assert.Matches("^[A-Z2-7]{32}$", AuthenticatorKey().Match(page).Groups["key"].Value);
        Assert.StartsWith($"otpauth://totp/Dyad:{Uri.EscapeDataString(user.Email)}?secret=", AuthenticatorQrCode.UriFor(user.Email, "KEY"));
    }

    private string _lastEnrolmentPage = "";

    /// <summary>Reads the key off the page, as a person types it into their app, and confirms with the app's code.</summary>
    private async Task<string> EnrolAsync(HttpClient client)
    {
        var key = AuthenticatorKey().Match(await client.GetStringAsync("/account/security")).Groups["key"].Value;
        var enabled = await client.PostFormAsync("/account/security", "enable-two-factor",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        _lastEnrolmentPage = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("Two-step sign-in is <strong>on</strong>", _lastEnrolmentPage);
        return key;
    }

    private async Task<HttpResponseMessage> SecondStepAsync(string email, string code)
    {
        var (client, afterPassword) = await app.TrySignInAsync(email, DyadApp.Password);
        return await client.PostFormAsync(PathOf(afterPassword.Headers.Location!), "two-factor",
            new Dictionary<string, string> { ["Input.Code"] = code });
    }

    /// <summary>A six-digit code that is none of those the server accepts around now.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(code => !valid.Contains(code));
    }

    /// <summary>Blazor's redirects name the whole address, the middleware's only the path.</summary>
    private static string PathOf(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private static List<string> RecoveryCodes(string page) =>
        RecoveryCode().Matches(page[page.IndexOf("id=\"recovery-codes\"", StringComparison.Ordinal)..]).Select(m => m.Groups["code"].Value).ToList();

    [GeneratedRegex("data-key=\"(?<key>[A-Z2-7]+)\"")]
    private static partial Regex AuthenticatorKey();

    [GeneratedRegex("<li><code>(?<code>[^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}

public sealed class TwoFactorTestsOnSqlite(SqliteApp app) : TwoFactorTests<SqliteApp>(app);

public sealed class TwoFactorTestsOnPostgres(PostgresApp app) : TwoFactorTests<PostgresApp>(app);

using System.Net;
using System.Text.RegularExpressions;
using Dyad.Core.Common;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Demo;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Dyad.Web.Components.Account;
using Dyad.Web.Portal;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Security;

/// <summary>
/// Password rules, lockout and antiforgery on the staff and portal sign-in forms, through the real pages. The portal's
/// lockout test locks the demo customer, so no other test here signs in as them.
/// </summary>
public abstract partial class SignInSecurityTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    [Fact]
    public async Task Staff_passwords_need_twelve_characters_and_may_not_be_a_common_one()
    {
        var tooShort = await Assert.ThrowsAsync<DomainValidationException>(() => AddUserAsync("short-pass1"));
        Assert.Contains("at least 12", tooShort.Errors[nameof(NewUser.Password)].Single());
        var common = await Assert.ThrowsAsync<DomainValidationException>(() => AddUserAsync("Password1234"));
        Assert.Contains("most common", common.Errors[nameof(NewUser.Password)].Single());

        var added = await AddUserAsync("four words in a row");
        Assert.Equal(HttpStatusCode.Redirect, (await app.TrySignInAsync(added.User.Email, "four words in a row")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.TrySignInAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password)).Response.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_a_staff_account_and_the_form_says_the_same_as_for_an_unknown_address()
    {
        var user = await app.CreateUserAsync(DyadRole.Viewer);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(Login.Refusal, await RefusalAsync((await app.TrySignInAsync(user.Email, "not the password at all")).Response));
        }

        var (_, locked) = await app.TrySignInAsync(user.Email, DyadApp.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(Login.Refusal, await RefusalAsync(locked));
        Assert.Equal(Login.Refusal, await RefusalAsync((await app.TrySignInAsync($"nobody-{Guid.NewGuid():N}@demo.example", DyadApp.Password)).Response));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_a_portal_customer_and_the_form_says_the_same_as_for_an_unknown_address()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.False((await app.TryPasswordAsync(DemoWorkspace.PortalCustomerEmail, "not the password at all")).SignedIn);
        }

        var (client, signedIn) = await app.TryPasswordAsync(DemoWorkspace.PortalCustomerEmail, DemoWorkspace.Password);
        Assert.False(signedIn);
        var lockedPage = await client.PostFormAsync("/portal/sign-in", "portal-password", new Dictionary<string, string>
        {
            ["Password.Email"] = DemoWorkspace.PortalCustomerEmail,
            ["Password.Password"] = DemoWorkspace.Password,
        });
        var unknownPage = await client.PostFormAsync("/portal/sign-in", "portal-password", new Dictionary<string, string>
        {
            ["Password.Email"] = $"nobody-{Guid.NewGuid():N}@customer.example",
            ["Password.Password"] = DemoWorkspace.Password,
        });
        Assert.Equal(Login.Refusal, await RefusalAsync(lockedPage));
        Assert.Equal(Login.Refusal, await RefusalAsync(unknownPage));
    }

    [Fact]
    public async Task A_portal_customer_cannot_choose_a_short_or_common_password()
    {
        var staff = await app.ApiClientAsync(DyadRole.AccountManager);
        var (accountId, stakeholderId) = await app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            var invited = await db.CustomerUsers.Select(u => u.StakeholderId).ToListAsync();
            var stakeholder = await db.Stakeholders.Where(s => s.Email != null && !invited.Contains(s.Id)).OrderBy(s => s.Id).FirstAsync();
            return (stakeholder.AccountId, stakeholder.Id);
        });
        var invitation = await (await staff.PostJsonAsync($"/api/v1/accounts/{accountId}/portal/users", new InviteCustomerRequest(stakeholderId)))
            .ReadAsync<InviteCustomerResult>(HttpStatusCode.Created);
        var customer = await app.CustomerClientAsync(invitation.Link);

        var common = await customer.PutJsonAsync("/api/v1/portal/password", new PasswordRequest("qwertyuiopasdfgh"));
        Assert.Contains("most common", Assert.Single((await common.ValidationErrorsAsync())["password"]));
        var tooShort = await customer.PutJsonAsync("/api/v1/portal/password", new PasswordRequest("eleven char"));
        Assert.Contains("at least 12", Assert.Single((await tooShort.ValidationErrorsAsync())["password"]));
        Assert.Equal(HttpStatusCode.NoContent, (await customer.PutJsonAsync("/api/v1/portal/password", new PasswordRequest("our filling line is late"))).StatusCode);
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/portal/sign-in")]
    [InlineData("/logout")]
    [InlineData("/portal/sign-out")]
    [InlineData("/account/security")]
    public async Task A_form_post_without_the_antiforgery_token_is_refused(string path)
    {
        var client = await app.SignedInClientAsync((await app.CreateUserAsync(DyadRole.Admin)).Email, DyadApp.Password);

        var forged = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = path == "/account/security" ? "require-two-factor" : "login",
            ["Input.Email"] = DemoWorkspace.AdminEmail,
            ["Input.Password"] = DemoWorkspace.Password,
            ["Required"] = "true",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(await app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<Data.Security.WorkspaceSecurity>().RequiresTwoFactorAsync(services.GetRequiredService<WorkspaceScope>().Required)));
    }

    private Task<AddedUser> AddUserAsync(string password) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, services => services.GetRequiredService<UserAdministration>().AddAsync(
            services.GetRequiredService<WorkspaceScope>().Required, new NewUser($"policy-{Guid.NewGuid():N}@demo.example", DyadRole.Viewer, null, password)));

    private static async Task<string> RefusalAsync(HttpResponseMessage page) =>
        WebUtility.HtmlDecode(LoginError().Match(await page.Content.ReadAsStringAsync()).Groups["text"].Value);

    [GeneratedRegex("<p class=\"login-error\" role=\"alert\">(?<text>[^<]*)</p>")]
    private static partial Regex LoginError();
}

public sealed class SignInSecurityTestsOnSqlite(SqliteApp app) : SignInSecurityTests<SqliteApp>(app);

public sealed class SignInSecurityTestsOnPostgres(PostgresApp app) : SignInSecurityTests<PostgresApp>(app);

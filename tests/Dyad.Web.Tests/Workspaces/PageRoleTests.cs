using System.Net;
using Dyad.Core.Workspaces;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Workspaces;

/// <summary>Pages offer only what the role allows, and refuse to render for nobody.</summary>
public sealed class PageRoleTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData(DyadRole.Viewer, false, false)]
    [InlineData(DyadRole.AccountManager, true, false)]
    [InlineData(DyadRole.CxManager, true, true)]
    public async Task Actions_on_pages_follow_the_role(DyadRole role, bool mayCreateAccounts, bool mayEditTemplates)
    {
        var user = await app.CreateUserAsync(role);
        var browser = await app.SignedInClientAsync(user.Email, DyadApp.Password);

        var accounts = await browser.GetStringAsync("/accounts");
        var templates = await browser.GetStringAsync("/templates");

        Assert.Contains("Search by name or partner", accounts);
        Assert.Contains("Journey templates", templates);
        Assert.Equal(mayCreateAccounts, accounts.Contains("New account"));
        Assert.Equal(mayEditTemplates, templates.Contains("New template"));
    }

    [Fact]
    public async Task Pages_send_a_visitor_who_is_not_signed_in_to_the_sign_in_page()
    {
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync("/accounts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }
}

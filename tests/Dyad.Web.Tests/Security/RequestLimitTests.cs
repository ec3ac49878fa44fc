using System.Net;
using Dyad.Core.Workspaces;
using Dyad.Data.Demo;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Dyad.Web.Tests.Security;

/// <summary>Dyad with small request limits, as an operator might set them. Each test uses limits no other test here touches.</summary>
public abstract class LimitedApp(TestDatabase database) : DyadApp(database)
{
    public const int SignInLimit = 4;
    public const int SurveyLimit = 3;
    public const int ApiLimit = 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Dyad:RateLimits:Enabled", "true");
        builder.UseSetting("Dyad:RateLimits:SignIn:PermitLimit", SignInLimit.ToString());
        builder.UseSetting("Dyad:RateLimits:SurveySubmission:PermitLimit", SurveyLimit.ToString());
        builder.UseSetting("Dyad:RateLimits:Api:PermitLimit", ApiLimit.ToString());
        // A window longer than any test run, so no limit resets mid-test.
        foreach (var limit in new[] { "SignIn", "SurveySubmission", "Api" })
        {
            builder.UseSetting($"Dyad:RateLimits:{limit}:WindowSeconds", "3600");
        }
    }
}

public sealed class SqliteLimitedApp() : LimitedApp(new SqliteTestDatabase());

public sealed class PostgresLimitedApp() : LimitedApp(new PostgresTestDatabase());

public abstract class RequestLimitTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LimitedApp
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_with_a_retry_time_on_both_sign_in_forms()
    {
        for (var attempt = 0; attempt < LimitedApp.SignInLimit / 2; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.TrySignInAsync(DemoWorkspace.AdminEmail, "not the password at all")).Response.StatusCode);
            Assert.False((await app.TryPasswordAsync(DemoWorkspace.PortalCustomerEmail, "not the password at all")).SignedIn);
        }

        var (_, staff) = await app.TrySignInAsync(DemoWorkspace.AdminEmail, DemoWorkspace.Password);
        await AssertLimitedAsync(staff);
        var (portal, _) = await app.TryPasswordAsync(DemoWorkspace.PortalCustomerEmail, DemoWorkspace.Password);
        await AssertLimitedAsync(await portal.PostFormAsync("/portal/sign-in", "portal-password", new Dictionary<string, string>
        {
            ["Password.Email"] = DemoWorkspace.PortalCustomerEmail,
            ["Password.Password"] = DemoWorkspace.Password,
        }));
    }

    [Fact]
    public async Task Survey_pages_beyond_the_limit_get_429()
    {
        var client = app.CreateClient();
        for (var request = 0; request < LimitedApp.SurveyLimit; request++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/s/open/no-such-survey")).StatusCode);
        }

        await AssertLimitedAsync(await client.GetAsync("/s/open/no-such-survey"));
    }

    [Fact]
    public async Task Each_API_token_has_its_own_allowance()
    {
        var first = await app.ApiClientAsync(DyadRole.Viewer);
        var second = await app.ApiClientAsync(DyadRole.Viewer);
        for (var request = 0; request < LimitedApp.ApiLimit; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/v1/accounts")).StatusCode);
        }

        await AssertLimitedAsync(await first.GetAsync("/api/v1/accounts"));
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/accounts")).StatusCode);
    }

    private static async Task AssertLimitedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A refusal says when to try again.");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many requests", await response.Content.ReadAsStringAsync());
    }
}

public sealed class RequestLimitTestsOnSqlite(SqliteLimitedApp app) : RequestLimitTests<SqliteLimitedApp>(app);

public sealed class RequestLimitTestsOnPostgres(PostgresLimitedApp app) : RequestLimitTests<PostgresLimitedApp>(app);

using System.Net;
using Dyad.Web.Security;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dyad.Web.Tests.Security;

/// <summary>Dyad configured as it runs behind a TLS-terminating reverse proxy.</summary>
public abstract class BehindTlsApp(TestDatabase database) : DyadApp(database)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Dyad:Security:RequireHttps", "true");
    }
}

public sealed class SqliteBehindTlsApp() : BehindTlsApp(new SqliteTestDatabase());

public sealed class PostgresBehindTlsApp() : BehindTlsApp(new PostgresTestDatabase());

public abstract class TransportSecurityTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BehindTlsApp
{
    private static readonly Uri PublicAddress = new("http://dyad.example");

    [Fact]
    public async Task Plain_HTTP_is_redirected_to_HTTPS()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = PublicAddress });

        var response = await client.GetAsync("/login");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("https://dyad.example/login", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_request_the_proxy_received_over_HTTPS_is_served_with_HSTS_and_the_security_headers()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = PublicAddress });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("frame-ancestors 'none'", SecurityHeadersMiddleware.ContentSecurityPolicy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
    }
}

public sealed class TransportSecurityTestsOnSqlite(SqliteBehindTlsApp app) : TransportSecurityTests<SqliteBehindTlsApp>(app);

public sealed class TransportSecurityTestsOnPostgres(PostgresBehindTlsApp app) : TransportSecurityTests<PostgresBehindTlsApp>(app);

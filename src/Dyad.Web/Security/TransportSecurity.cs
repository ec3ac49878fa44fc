using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dyad.Web.Security;

/// <summary>
/// How Dyad is reached (<c>Dyad:Security:*</c>): behind a TLS-terminating proxy it trusts the proxy's forwarded headers,
/// sends HSTS and redirects plain HTTP to HTTPS. Without TLS (the embedded default on localhost) neither is sent, since a
/// browser would then refuse the site.
/// </summary>
public sealed class TransportSecuritySettings
{
    public const string Section = "Dyad:Security";

    /// <summary>Dyad is served over HTTPS (directly or behind a proxy): turn on HSTS and the HTTPS redirect.</summary>
    public bool RequireHttps { get; set; }

    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>The port plain HTTP is redirected to; behind a proxy Dyad itself may listen on no HTTPS port at all.</summary>
    public int HttpsPort { get; set; } = 443;

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For/-Proto are believed; loopback always is.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. 10.0.0.0/8) of reverse proxies whose forwarded headers are believed.</summary>
    public string[] KnownNetworks { get; set; } = [];
}

public static class TransportSecurity
{
    public static WebApplicationBuilder AddTransportSecurity(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(TransportSecuritySettings.Section).Get<TransportSecuritySettings>() ?? new();
        builder.Services.AddSingleton(settings);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in settings.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(settings.HstsMaxAgeDays);
            options.IncludeSubDomains = true;
        });
        builder.Services.AddHttpsRedirection(options =>
        {
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            options.HttpsPort = settings.HttpsPort;
        });
        return builder;
    }

    /// <summary>First in the pipeline, so every response (errors included) carries the headers and sees the real scheme.</summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Services.GetRequiredService<TransportSecuritySettings>().RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }
}

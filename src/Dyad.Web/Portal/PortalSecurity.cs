using Dyad.Data.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dyad.Web.Portal;

public static class PortalSecurity
{
    /// <summary>
    /// The portal's own cookie scheme and policy, apart from staff sign-in: a customer's cookie never satisfies a staff
    /// policy, and staff pages and APIs answer a customer with 403.
    /// </summary>
    public static WebApplicationBuilder AddPortalSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication().AddCookie(PortalClaims.Scheme, options =>
        {
            options.Cookie.Name = PortalClaims.CookieName;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.HttpOnly = true;
            options.LoginPath = "/portal/sign-in";
            options.AccessDeniedPath = "/portal/sign-in";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.Events.OnRedirectToLogin = context => Reject(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Reject(context, StatusCodes.Status403Forbidden);
            // A revoke takes effect on the person's next request, not when their cookie runs out.
            options.Events.OnValidatePrincipal = async context =>
            {
                var customer = context.Principal?.Customer();
                var access = context.HttpContext.RequestServices.GetRequiredService<CustomerAccess>();
                if (customer is null || !await access.IsActiveAsync(customer.UserId, context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(PortalClaims.Scheme);
                }
            };
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(PortalClaims.Policy, policy =>
            policy.AddAuthenticationSchemes(PortalClaims.Scheme).RequireAuthenticatedUser().RequireClaim(PortalClaims.Account));
        builder.Services.AddScoped<CircuitHandler, CustomerCircuitHandler>();
        return builder;
    }

    /// <summary>Whether a request is the portal's, whose sign-in is the portal cookie whatever else the browser holds.</summary>
    public static bool IsPortalPath(PathString path) => path.StartsWithSegments("/portal") || path.StartsWithSegments("/api/v1/portal");

    private static Task Reject(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

using Dyad.Core.Workspaces;
using Dyad.Data.Users;
using Dyad.Web.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;

namespace Dyad.Web.Security;

public static class SecurityRegistration
{
    private const string CookieOrToken = "CookieOrToken";
    private const string StaffCookie = "dyad.auth";

    /// <summary>
    /// Cookie sign-in for people, bearer tokens for programs, and one policy per <see cref="Permission"/>.
    /// API callers get 401/403, never a redirect to the sign-in page.
    /// </summary>
    public static WebApplicationBuilder AddDyadSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddDyadIdentityCore()
            .AddSignInManager<DyadSignInManager>()
            .AddClaimsPrincipalFactory<DyadClaimsPrincipalFactory>();
        // A role change or a deactivation reaches open browser sessions within a minute, not Identity's default half hour.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrToken;
                options.DefaultChallengeScheme = CookieOrToken;
            })
            .AddPolicyScheme(CookieOrToken, "Cookie or API token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? ApiTokenAuthenticationHandler.SchemeName
                        // The portal's pages and API know only customers; elsewhere a customer cookie alone makes a
                        // customer user, whom every staff policy refuses (403) rather than asks to sign in.
                        : PortalSecurity.IsPortalPath(context.Request.Path)
                          || (!context.Request.Cookies.ContainsKey(StaffCookie) && context.Request.Cookies.ContainsKey(PortalClaims.CookieName))
                            ? PortalClaims.Scheme
                            : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
            {
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/forbidden";
                options.Cookie.Name = StaffCookie;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.Events.OnRedirectToLogin = context => RejectApiCall(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RejectApiCall(context, StatusCodes.Status403Forbidden);
            }));

        builder.Services.AddAuthorization(options =>
        {
            foreach (var permission in Enum.GetValues<Permission>())
            {
                options.AddPolicy(permission.ToString(), policy =>
                    policy.RequireAuthenticatedUser()
                        .RequireClaim(DyadClaims.Workspace)
                        .RequireRole(RolePermissions.Granted(permission).Select(r => r.ToString()))
                        .AddRequirements(new TokenScopeRequirement()));
            }
            options.FallbackPolicy = null;
        });
        builder.AddTransportSecurity();
        builder.AddDyadRateLimiting();
        builder.AddExternalSignIn();
        builder.Services.AddSingleton<IAuthorizationHandler, TokenScopeHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ScopeProblemResultHandler>();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<CircuitHandler, CircuitWorkspaceHandler>();
        return builder;
    }

    private static Task RejectApiCall(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
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

public static class PermissionEndpointExtensions
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(permission.ToString());
}

using System.Security.Claims;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Dyad.Web.Components.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Dyad.Web.Security;

/// <summary>OpenID Connect sign-in: the handler, the link that starts it and the page it returns to.</summary>
public static class ExternalSignIn
{
    public const string NoUserError = "external-no-user";
    public const string FailedError = "external-failed";
    private const string CallbackPath = "/login/external/callback";

    public static string ChallengePath(string? returnUrl) => $"/login/external?returnUrl={Uri.EscapeDataString(SafeReturnUrl.For(returnUrl))}";

    public static WebApplicationBuilder AddExternalSignIn(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(OpenIdConnectSettings.Section).Get<OpenIdConnectSettings>() ?? new();
        builder.Services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return builder;
        }
        builder.Services.AddAuthentication().AddOpenIdConnect(OpenIdConnectSettings.Scheme, settings.DisplayName, options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // The code comes back on a top-level GET, so the correlation and nonce cookies can be SameSite=Lax and need
            // not be Secure on a plain-HTTP development host; behind TLS they are Secure like the request.
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Scope.Add("email");
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.Events.OnTokenValidated = context =>
            {
                // Identity finds external logins by NameIdentifier; the provider's stable id is "sub".
                if (context.Principal?.Identity is ClaimsIdentity identity && identity.FindFirst("sub") is { } subject)
                {
                    identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, subject.Value));
                }
                return Task.CompletedTask;
            };
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapExternalSignIn(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<OpenIdConnectSettings>().Enabled)
        {
            return app;
        }
        app.MapGet("/login/external", (string? returnUrl, SignInManager<DyadUser> signIn) =>
            TypedResults.Challenge(
                signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectSettings.Scheme,
                    $"{CallbackPath}?returnUrl={Uri.EscapeDataString(SafeReturnUrl.For(returnUrl))}"),
                [OpenIdConnectSettings.Scheme])).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(CallbackPath, CompleteAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> CompleteAsync(string? returnUrl, HttpContext context, SignInManager<DyadUser> signIn,
        UserManager<DyadUser> users, WorkspaceDirectory workspaces, OpenIdConnectSettings settings)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return Refuse(FailedError);
        }
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        if (!result.Succeeded && !result.RequiresTwoFactor && !result.IsLockedOut && !result.IsNotAllowed)
        {
            if (await FindOrProvisionAsync(info.Principal, users, workspaces, settings) is not { } user
                || !(await users.AddLoginAsync(user, info)).Succeeded)
            {
                await context.SignOutAsync(IdentityConstants.ExternalScheme);
                return Refuse(NoUserError);
            }
            result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        }
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        return result.Succeeded ? TypedResults.LocalRedirect(SafeReturnUrl.For(returnUrl))
            : result.RequiresTwoFactor ? TypedResults.LocalRedirect(LoginTwoFactor.PathFor(returnUrl, rememberMe: false))
            : Refuse(FailedError);
    }

    /// <summary>
    /// The Dyad user with the provider's e-mail address, or a new one when provisioning is on. An address the provider
    /// says it has not verified is not trusted to name anyone.
    /// </summary>
    private static async Task<DyadUser?> FindOrProvisionAsync(ClaimsPrincipal external, UserManager<DyadUser> users,
        WorkspaceDirectory workspaces, OpenIdConnectSettings settings)
    {
        var email = external.FindFirstValue(settings.EmailClaim)?.Trim();
        if (string.IsNullOrEmpty(email) || string.Equals(external.FindFirstValue("email_verified"), "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }
        if (!settings.AutoProvision || await workspaces.FindAsync(settings.Workspace) is not { } workspace)
        {
            return null;
        }
        var user = new DyadUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            WorkspaceId = workspace.Id,
            DisplayName = external.FindFirstValue(settings.NameClaim) ?? email.Split('@')[0],
            Role = settings.DefaultRole,
        };
        return (await users.CreateAsync(user)).Succeeded ? user : null;
    }

    private static IResult Refuse(string error) => TypedResults.LocalRedirect($"/login?error={error}");
}

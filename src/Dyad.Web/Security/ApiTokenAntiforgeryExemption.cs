using Microsoft.AspNetCore.Antiforgery;

namespace Dyad.Web.Security;

/// <summary>
/// Form posts signed in by API token skip the antiforgery check. A forged request rides on the cookie a
/// browser sends by itself; no browser adds a bearer header on its own, so a token-authenticated post
/// cannot be forged, and API clients need not fetch a token first. Cookie-authenticated posts are
/// still checked.
/// </summary>
public sealed class ApiTokenAntiforgeryExemption(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity is { IsAuthenticated: true, AuthenticationType: ApiTokenAuthenticationHandler.SchemeName })
        {
            context.Features.Set<IAntiforgeryValidationFeature>(TokenAuthenticated.Instance);
        }
        return next(context);
    }

    private sealed class TokenAuthenticated : IAntiforgeryValidationFeature
    {
        public static readonly TokenAuthenticated Instance = new();

        public bool IsValid => true;

        public Exception? Error => null;
    }
}

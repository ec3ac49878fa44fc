using Microsoft.AspNetCore.Authentication;

namespace Dyad.Web.Portal;

public static class PortalSignInEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token, like the staff's.</summary>
    public static IEndpointRouteBuilder MapPortalSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/portal/sign-out", async (HttpContext context) =>
        {
            await context.SignOutAsync(PortalClaims.Scheme);
            return TypedResults.LocalRedirect("/portal/sign-in");
        }).ExcludeFromDescription();
        return app;
    }
}

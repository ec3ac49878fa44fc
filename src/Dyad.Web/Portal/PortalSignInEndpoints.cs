using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Portal;

public static class PortalSignInEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token, like the staff's.</summary>
    public static IEndpointRouteBuilder MapPortalSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/portal/sign-out", async Task<Results<RedirectHttpResult, BadRequest>> (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }
            await context.SignOutAsync(PortalClaims.Scheme);
            return TypedResults.LocalRedirect("/portal/sign-in");
        }).ExcludeFromDescription();
        return app;
    }
}

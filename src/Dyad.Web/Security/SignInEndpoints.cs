using Dyad.Data.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Dyad.Web.Security;

public static class SignInEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign a user out.</summary>
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", async Task<Results<RedirectHttpResult, BadRequest>> (HttpContext context, IAntiforgery antiforgery, SignInManager<DyadUser> signIn) =>
        {
            // Minimal APIs check the token only for endpoints that bind a form; this one binds none, so it checks itself.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/login");
        }).ExcludeFromDescription();
        return app;
    }
}

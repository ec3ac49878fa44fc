using Dyad.Data.Users;
using Microsoft.AspNetCore.Identity;

namespace Dyad.Web.Security;

public static class SignInEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign a user out.</summary>
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", async (SignInManager<DyadUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/login");
        }).ExcludeFromDescription();
        return app;
    }
}

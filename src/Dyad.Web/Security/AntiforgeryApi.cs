using Dyad.Core.Workspaces;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Security;

/// <summary>The token a form post sends back, the header to send it in, and the form field that works too.</summary>
public sealed record AntiforgeryToken(string Token, string HeaderName, string FormFieldName);

/// <summary>
/// Hands out antiforgery tokens for the API's form posts (file uploads). Minimal APIs mark every endpoint that
/// binds a form as needing one and the antiforgery middleware checks it, whoever the caller is: a post signed in
/// with a bearer token is checked like one signed in with the cookie. So an API client gets a token here with
/// the same credentials, keeps the cookie this response sets, and sends both with its form post.
/// </summary>
public static class AntiforgeryApi
{
    public const string Route = "/api/v1/antiforgery";

    public static IEndpointRouteBuilder MapAntiforgeryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, Issue).WithTags("Antiforgery").RequirePermission(Permission.Read)
            .WithSummary("Issues an antiforgery token for a form post (a file upload) and sets its cookie.");
        return app;
    }

    private static Ok<AntiforgeryToken> Issue(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, tokens.HeaderName!, tokens.FormFieldName));
    }
}

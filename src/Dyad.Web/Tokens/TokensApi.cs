using System.Security.Claims;
using Dyad.Core.Common;
using Dyad.Core.Workspaces;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Dyad.Web.Tokens;

/// <param name="Name">What the token is for.</param>
/// <param name="Scopes">What it may do: <c>accounts:read</c>, <c>surveys:write</c>, or <c>*:read</c> and <c>*:write</c> for every feature.</param>
/// <param name="ExpiresAt">When it stops working; leave out to keep it until revoked.</param>
public sealed record TokenRequest(string Name, IReadOnlyList<string>? Scopes = null, DateTimeOffset? ExpiresAt = null);

/// <summary>The caller's own personal API tokens; the secret is in the response to the POST and nowhere else.</summary>
public static class TokensApi
{
    public static IEndpointRouteBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/api/v1/tokens").WithTags("API tokens").RequirePermission(Permission.Read);
        tokens.MapGet("/", ListAsync)
            .Unpaged("The caller's own tokens: a handful per person.").WithSummary("Your API tokens, newest first, with their scopes, expiry and last use.");
        tokens.MapGet("/features", () => TypedResults.Ok(ApiFeatures.All))
            .Unpaged("The features a scope can name, fixed in code.")
            .WithSummary("The features a scope can name, each as feature:read or feature:write.");
        tokens.MapPost("/", IssueAsync)
            .WithoutIdempotencyKey(IdempotencyConventions.SecretShownOnce).WithSummary("Issues a token; its secret is shown in this response only.")
            .WithDescription("A token acts as you and never beyond your role. Called with a token, the new one may hold only scopes the calling token has.");
        tokens.MapDelete("/{id:guid}", RevokeAsync).HasETag<ApiToken>().WithSummary("Revokes one of your tokens; it stops working at once.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ApiTokenView>>> ListAsync(ClaimsPrincipal user, ApiTokenService tokens, CancellationToken ct) =>
        TypedResults.Ok(await tokens.ListAsync(user.UserId()!.Value, ct));

    private static async Task<Results<Created<IssuedToken>, UnauthorizedHttpResult>> IssueAsync(
        TokenRequest request, ClaimsPrincipal user, UserManager<DyadUser> users, ApiTokenService tokens, CancellationToken ct)
    {
        if (await users.GetUserAsync(user) is not { } owner)
        {
            return TypedResults.Unauthorized();
        }
        var scopes = request.Scopes ?? [];
        RefuseWiderThanCaller(user, scopes);
        var issued = await tokens.IssueAsync(owner, request.Name, scopes, request.ExpiresAt, ct);
        return TypedResults.Created($"/api/v1/tokens/{issued.Token.Id}", issued);
    }

    /// <summary>A script holding a narrow token must not mint itself a wider one.</summary>
    private static void RefuseWiderThanCaller(ClaimsPrincipal user, IEnumerable<string> requested)
    {
        if (user.ApiTokenId() is null)
        {
            return;
        }
        var held = user.TokenScopes().ToList();
        var wider = requested.Where(text => TokenScope.TryParse(text, out var scope) && !held.Any(h => h.Covers(scope))).ToList();
        if (wider.Count > 0)
        {
            throw DomainValidationException.For(nameof(TokenRequest.Scopes),
                $"The token you call with does not have {string.Join(", ", wider)}, so it cannot give them to a new token.");
        }
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, ClaimsPrincipal user, ApiTokenService tokens, CancellationToken ct) =>
        await tokens.RevokeAsync(user.UserId()!.Value, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

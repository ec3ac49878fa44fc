using System.Security.Claims;
using Dyad.Core.Workspaces;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Dyad.Web.Tokens;

public sealed record TokenRequest(string Name);

/// <summary>The caller's own personal API tokens; the secret is in the response to the POST and nowhere else.</summary>
public static class TokensApi
{
    public static IEndpointRouteBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/api/v1/tokens").WithTags("API tokens").RequirePermission(Permission.Read);
        tokens.MapGet("/", ListAsync);
        tokens.MapPost("/", IssueAsync).WithoutIdempotencyKey("The response holds a secret shown once; keeping it to replay would store it unhashed.").WithSummary("Issues a token; its secret is shown in this response only.");
        tokens.MapDelete("/{id:guid}", RevokeAsync).HasETag<ApiToken>();
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
        var issued = await tokens.IssueAsync(owner, request.Name, ct);
        return TypedResults.Created($"/api/v1/tokens/{issued.Token.Id}", issued);
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, ClaimsPrincipal user, ApiTokenService tokens, CancellationToken ct) =>
        await tokens.RevokeAsync(user.UserId()!.Value, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

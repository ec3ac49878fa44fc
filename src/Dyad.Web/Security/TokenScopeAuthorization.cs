using System.Security.Claims;
using Dyad.Core.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Web.Security;

/// <summary>
/// Part of every permission policy: a request that came with an API token also needs the token's scope for the
/// endpoint's feature, read for a GET and write otherwise. Requests signed in by cookie pass, as do the pages.
/// </summary>
public sealed class TokenScopeRequirement : IAuthorizationRequirement;

/// <summary>The scope a request lacked, so the 403 can name it.</summary>
public sealed class MissingScopeReason(IAuthorizationHandler handler, TokenScope scope)
    : AuthorizationFailureReason(handler, $"The API token does not have the scope '{scope}'.")
{
    public TokenScope Scope { get; } = scope;
}

public sealed class TokenScopeHandler : AuthorizationHandler<TokenScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TokenScopeRequirement requirement)
    {
        if (context.User.ApiTokenId() is null)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }
        // A token is only good for an API endpoint whose feature is known; anything else fails closed.
        if (context.Resource is not HttpContext http || http.GetEndpoint() is not { } endpoint
            || ApiScopes.Needed(endpoint, http.Request.Method) is not { } needed)
        {
            context.Fail(new AuthorizationFailureReason(this, "API tokens cannot be used here."));
            return Task.CompletedTask;
        }
        if (context.User.TokenScopes().Any(scope => scope.Covers(needed)))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new MissingScopeReason(this, needed));
        }
        return Task.CompletedTask;
    }
}

/// <summary>Which scope an endpoint asks of a token: its route group's tag is the feature.</summary>
public static class ApiScopes
{
    public static TokenScope? Needed(Endpoint endpoint, string httpMethod) =>
        FeatureOf(endpoint) is { } feature ? TokenScope.Needed(feature, httpMethod) : null;

    public static string? FeatureOf(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<ITagsMetadata>()?.Tags.FirstOrDefault() is { } tag ? TokenScope.FeatureOf(tag) : null;

    public static IEnumerable<TokenScope> TokenScopes(this ClaimsPrincipal principal) =>
        principal.FindAll(DyadClaims.Scope).Select(c => TokenScope.TryParse(c.Value, out var scope) ? scope : (TokenScope?)null).OfType<TokenScope>();
}

/// <summary>Answers a token that lacks a scope with a 403 problem naming the scope, rather than a bare status.</summary>
public sealed class ScopeProblemResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var missing = authorizeResult.AuthorizationFailure?.FailureReasons.OfType<MissingScopeReason>().FirstOrDefault();
        if (!authorizeResult.Forbidden || missing is null)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Title = "The API token lacks a scope.",
                Detail = $"{missing.Message} Issue a token with '{missing.Scope}' (or '{TokenScope.AnyFeature}:{missing.Scope.ToString().Split(':')[1]}').",
                Status = StatusCodes.Status403Forbidden,
                Extensions = { ["missingScope"] = missing.Scope.ToString() },
            },
        });
    }
}

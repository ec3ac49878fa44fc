using System.Security.Claims;
using Dyad.Data.Audit;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dyad.Web.Audit;

internal static class AuditActors
{
    /// <summary>The signed-in user, noting the API token when the request came with one; null for an anonymous caller.</summary>
    public static AuditActor? From(ClaimsPrincipal principal)
    {
        if (principal.UserId() is not { } userId)
        {
            return null;
        }
        var actor = principal.ToActor();
        return principal.ApiTokenId() is { } tokenId
            ? new AuditActor(ActorKind.ApiToken, userId, tokenId, actor.Name)
            : new AuditActor(ActorKind.User, userId, null, actor.Name);
    }
}

/// <summary>Names the request's user as the actor of its writes; anonymous requests keep the scope's default.</summary>
public sealed class AuditActorMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, AuditContext audit)
    {
        if (AuditActors.From(context.User) is { } actor)
        {
            audit.ActAs(actor);
        }
        return next(context);
    }
}

/// <summary>A circuit outlives its first request, so it names its user when it opens, as it enters the workspace.</summary>
public sealed class CircuitAuditHandler(AuthenticationStateProvider authentication, AuditContext audit) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        if (AuditActors.From(state.User) is { } actor)
        {
            audit.ActAs(actor);
        }
    }
}

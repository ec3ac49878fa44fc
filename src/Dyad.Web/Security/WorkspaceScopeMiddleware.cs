using Dyad.Data.Workspaces;

namespace Dyad.Web.Security;

/// <summary>Enters the signed-in user's workspace for the request, so every query is scoped to it.</summary>
public sealed class WorkspaceScopeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, WorkspaceScope scope)
    {
        if (context.User.WorkspaceId() is { } workspaceId)
        {
            scope.Enter(workspaceId);
        }
        return next(context);
    }
}

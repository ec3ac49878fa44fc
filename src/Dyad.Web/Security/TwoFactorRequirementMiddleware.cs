using Dyad.Data.Security;
using Microsoft.AspNetCore.Identity;

namespace Dyad.Web.Security;

/// <summary>
/// In a workspace whose admins require two-step sign-in, a staff member signed in by password alone reaches only the
/// page that sets it up (and sign-out); pages send them there, cookie API calls get 403. API tokens are issued from a
/// session that has passed the rule, so token calls go through.
/// </summary>
public sealed class TwoFactorRequirementMiddleware(RequestDelegate next)
{
    private static readonly string[] Open = ["/account/security", "/logout", "/login", "/_framework", "/_content", "/favicon.svg", "/app.css"];

    public async Task InvokeAsync(HttpContext context, WorkspaceSecurity workspaces)
    {
        if (context.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme
            && !context.User.PassedSecondFactor()
            && context.User.WorkspaceId() is { } workspaceId
            && !Open.Any(path => context.Request.Path.StartsWithSegments(path))
            && await workspaces.RequiresTwoFactorAsync(workspaceId, context.RequestAborted))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Two-step sign-in required",
                    detail: "This workspace requires two-step sign-in; set it up at /account/security.").ExecuteAsync(context);
                return;
            }
            context.Response.Redirect("/account/security");
            return;
        }
        await next(context);
    }
}

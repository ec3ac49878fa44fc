using Dyad.Core.Workspaces;
using Dyad.Data.Security;
using Dyad.Data.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Security;

/// <summary>Whether everyone in the workspace must sign in with an authenticator app as well as a password.</summary>
public sealed record TwoFactorRule(bool Required);

public static class SecurityApi
{
    public static IEndpointRouteBuilder MapSecurityApi(this IEndpointRouteBuilder app)
    {
        var security = app.MapGroup("/api/v1/security").WithTags("Security");
        security.MapGet("/two-factor", GetAsync).RequirePermission(Permission.Read)
            .WithSummary("Whether the workspace requires two-step sign-in.");
        security.MapPut("/two-factor", SetAsync).RequirePermission(Permission.Administer)
            .WithSummary("Requires two-step sign-in for everyone in the workspace, or makes it optional again.");
        return app;
    }

    private static async Task<Ok<TwoFactorRule>> GetAsync(WorkspaceScope scope, WorkspaceSecurity security, CancellationToken ct) =>
        TypedResults.Ok(new TwoFactorRule(await security.RequiresTwoFactorAsync(scope.Required, ct)));

    private static async Task<Ok<TwoFactorRule>> SetAsync(TwoFactorRule rule, WorkspaceScope scope, WorkspaceSecurity security, CancellationToken ct)
    {
        await security.RequireTwoFactorAsync(scope.Required, rule.Required, ct);
        return TypedResults.Ok(rule);
    }
}

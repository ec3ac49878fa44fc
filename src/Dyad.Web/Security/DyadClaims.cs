using System.Security.Claims;
using Dyad.Core.Workspaces;
using Dyad.Data.Common;
using Dyad.Data.Users;

namespace Dyad.Web.Security;

/// <summary>The claims a signed-in user carries, the same whether they came by cookie or API token.</summary>
public static class DyadClaims
{
    public const string Workspace = "dyad:workspace";
    public const string DisplayName = "dyad:name";

    /// <summary>The id of the API token a request came with, so the audit log can tell a script from its owner at the keyboard.</summary>
    public const string ApiToken = "dyad:token";

    /// <summary>The claim Identity adds when a sign-in passed a second factor (RFC 8176 "amr" = "mfa").</summary>
    public static readonly Claim MultiFactor = new("amr", "mfa");

    public static IEnumerable<Claim> For(DyadUser user) =>
    [
        new(Workspace, user.WorkspaceId.ToString()),
        new(DisplayName, user.DisplayName),
        new(ClaimTypes.Role, user.Role.ToString()),
    ];

    public static Guid? WorkspaceId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(Workspace), out var id) ? id : null;

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static DyadRole? Role(this ClaimsPrincipal principal) =>
        Enum.TryParse<DyadRole>(principal.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static bool Can(this ClaimsPrincipal principal, Permission permission) =>
        principal.Role() is { } role && role.Allows(permission);

    public static bool PassedSecondFactor(this ClaimsPrincipal principal) =>
        principal.HasClaim(MultiFactor.Type, MultiFactor.Value);

    public static Guid? ApiTokenId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ApiToken), out var id) ? id : null;

    public static Actor ToActor(this ClaimsPrincipal principal) =>
        new(principal.UserId(), principal.FindFirstValue(DisplayName) ?? principal.Identity?.Name ?? "unknown");
}

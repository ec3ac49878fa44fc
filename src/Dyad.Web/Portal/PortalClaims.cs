using System.Security.Claims;
using Dyad.Data.Portal;
using Dyad.Web.Security;

namespace Dyad.Web.Portal;

/// <summary>
/// The claims of a signed-in customer user. They carry the workspace (so the workspace filter applies as for staff) but
/// no role, so every staff policy refuses them; the portal policy asks for the account claim staff never carry.
/// </summary>
public static class PortalClaims
{
    public const string Scheme = "Portal";
    public const string Policy = "PortalCustomer";
    public const string CookieName = "dyad.portal";
    public const string Account = "dyad:customer-account";
    public const string User = "dyad:customer-user";

    public static ClaimsPrincipal Principal(CustomerIdentity customer) =>
        new(new ClaimsIdentity(
        [
            new Claim(User, customer.UserId.ToString()),
            new Claim(Account, customer.AccountId.ToString()),
            new Claim(DyadClaims.Workspace, customer.WorkspaceId.ToString()),
            new Claim(DyadClaims.DisplayName, customer.Name),
            new Claim(ClaimTypes.Name, customer.Name),
        ], Scheme));

    /// <returns>The customer user the principal is, or null for staff and anonymous callers.</returns>
    public static CustomerIdentity? Customer(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(User), out var user)
        && Guid.TryParse(principal.FindFirstValue(Account), out var account)
        && principal.WorkspaceId() is { } workspace
            ? new CustomerIdentity(workspace, account, user, principal.FindFirstValue(DyadClaims.DisplayName) ?? "")
            : null;
}

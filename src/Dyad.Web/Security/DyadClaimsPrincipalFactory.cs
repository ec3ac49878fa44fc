using System.Security.Claims;
using Dyad.Data.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Security;

/// <summary>Adds workspace, role and display name to the cookie identity Identity builds at sign-in.</summary>
public sealed class DyadClaimsPrincipalFactory(UserManager<DyadUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<DyadUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(DyadUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(DyadClaims.For(user));
        return identity;
    }
}

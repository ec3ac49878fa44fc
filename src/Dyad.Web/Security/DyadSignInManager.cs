using Dyad.Data.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Security;

/// <summary>
/// Identity's sign-in with two additions every way of signing in passes through (password, two-step, single sign-on):
/// a deactivated user is refused, and a successful sign-in is remembered for the administrators' user list.
/// </summary>
public sealed class DyadSignInManager(
    UserManager<DyadUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<DyadUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<DyadUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<DyadUser> confirmation,
    TimeProvider clock)
    : SignInManager<DyadUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(DyadUser user) => user.DeactivatedAt is null && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(DyadUser user, AuthenticationProperties? authenticationProperties,
        IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        user.LastSignInAt = clock.GetUtcNow();
        await UserManager.UpdateAsync(user);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }
}

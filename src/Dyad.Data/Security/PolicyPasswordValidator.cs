using Dyad.Core.Security;
using Dyad.Data.Users;
using Microsoft.AspNetCore.Identity;

namespace Dyad.Data.Security;

/// <summary>
/// Holds staff passwords to <see cref="PasswordPolicy"/>, the same rule the portal's customers follow. Identity's own
/// validator already reports a password under the minimum length, so this one stays quiet about those to avoid
/// saying it twice.
/// </summary>
public sealed class PolicyPasswordValidator : IPasswordValidator<DyadUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<DyadUser> manager, DyadUser user, string? password) =>
        Task.FromResult(password is { Length: >= PasswordPolicy.MinimumLength } && PasswordPolicy.Problem(password, CommonPasswords.Contains) is { } problem
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordPolicy", Description = problem })
            : IdentityResult.Success);
}

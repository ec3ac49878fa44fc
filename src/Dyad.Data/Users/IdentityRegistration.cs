using Dyad.Core.Security;
using Dyad.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Data.Users;

public static class IdentityRegistration
{
    /// <summary>
    /// The user store, password rules, lockout and authenticator (TOTP) tokens, shared by the web app and the CLI so
    /// both accept the same passwords.
    /// </summary>
    public static IdentityBuilder AddDyadIdentityCore(this IServiceCollection services)
    {
        services.AddOptions<IdentityOptions>().Configure<SignInThrottle>((options, throttle) =>
        {
            options.Lockout.MaxFailedAccessAttempts = throttle.MaxFailedAttempts;
            options.Lockout.DefaultLockoutTimeSpan = throttle.LockoutDuration;
        });
        return services.AddIdentityCore<DyadUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length and the common-password list do the work (PasswordPolicy); composition rules only annoy.
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<DyadDbContext>()
            .AddPasswordValidator<PolicyPasswordValidator>()
            .AddTokenProvider<AuthenticatorTokenProvider<DyadUser>>(TokenOptions.DefaultAuthenticatorProvider);
    }
}

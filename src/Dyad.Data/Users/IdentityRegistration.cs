using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Data.Users;

public static class IdentityRegistration
{
    /// <summary>The user store and password rules, shared by the web app and the CLI so both accept the same passwords.</summary>
    public static IdentityBuilder AddDyadIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<DyadUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length beats composition rules (NIST SP 800-63B); ten characters with a digit.
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<DyadDbContext>();
}

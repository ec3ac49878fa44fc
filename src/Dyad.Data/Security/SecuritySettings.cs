using Dyad.Core.Security;
using Microsoft.Extensions.Configuration;

namespace Dyad.Data.Security;

public static class SecuritySettings
{
    /// <summary>The lockout for staff and portal sign-in from <c>Dyad:Security:Lockout:{MaxFailedAttempts,Minutes}</c>.</summary>
    public static SignInThrottle ThrottleFrom(IConfiguration configuration) =>
        new(configuration.GetValue($"{SignInThrottle.Section}:MaxFailedAttempts", SignInThrottle.Default.MaxFailedAttempts),
            TimeSpan.FromMinutes(configuration.GetValue($"{SignInThrottle.Section}:Minutes", SignInThrottle.Default.LockoutDuration.TotalMinutes)));
}

namespace Dyad.Core.Security;

/// <summary>
/// How many wrong passwords in a row lock an account, and for how long (ASVS 2.2.1). The lock slows guessing without
/// locking a person out for good; the rate limiter on the sign-in forms does the rest.
/// </summary>
public sealed record SignInThrottle(int MaxFailedAttempts, TimeSpan LockoutDuration)
{
    public const string Section = "Dyad:Security:Lockout";

    public static readonly SignInThrottle Default = new(5, TimeSpan.FromMinutes(15));
}

namespace Dyad.Core.Security;

/// <summary>
/// The one password rule for staff and portal customers, after OWASP ASVS 4.0 section 2.1 and NIST SP 800-63B 5.1.1.2:
/// at least 12 characters (ASVS 2.1.1), at most 128 so long passphrases fit (2.1.2), no composition rules (2.1.9),
/// and not one of the passwords most often seen in breaches (2.1.7). Spaces count like any other character (2.1.3).
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    /// <summary>What is wrong with a password, or null when it may be used.</summary>
    /// <param name="isCommon">Whether the password is on the list of common and breached passwords.</param>
    public static string? Problem(string? password, Func<string, bool> isCommon)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"Use at least {MinimumLength} characters; a few words in a row make a good password.";
        }
        if (password.Length > MaximumLength)
        {
            return $"Use at most {MaximumLength} characters.";
        }
        return isCommon(password)
            ? "That password is one of the most common ones in published breaches; choose another."
            : null;
    }
}

using Dyad.Core.Security;

namespace Dyad.Data.Security;

/// <summary>
/// The passwords of at least <see cref="PasswordPolicy.MinimumLength"/> characters among the million most common ones
/// in breach corpora (OWASP SecLists; see COMMON-PASSWORDS-NOTICE.md for the source and licence), compared without
/// regard to case so "Password1234" counts as "password1234". Loaded once, on the first password checked.
/// </summary>
public static class CommonPasswords
{
    private const string ResourceName = "Dyad.Data.Security.common-passwords.txt";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static bool Contains(string password) => List.Value.Contains(password.Trim());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            passwords.Add(line);
        }
        return passwords;
    }
}

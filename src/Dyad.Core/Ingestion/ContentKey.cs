using System.Security.Cryptography;
using System.Text;

namespace Dyad.Core.Ingestion;

/// <summary>
/// A record's identity when the file gives it no id of its own: a hash of its fields, by name in ordinal order, so the
/// same row in another column order, or as CSV and as JSON Lines, has the same key.
/// </summary>
public static class ContentKey
{
    public const string Prefix = "sha256:";

    public static string Of(IEnumerable<KeyValuePair<string, string?>> fields, params string[] except)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in fields.Where(f => f.Value is not null && !except.Contains(f.Key, StringComparer.OrdinalIgnoreCase))
                     .OrderBy(f => f.Key.ToLowerInvariant(), StringComparer.Ordinal))
        {
            // Lengths first, so no choice of names and values makes two records read alike.
            text.Append(name.Length).Append(':').Append(name.ToLowerInvariant()).Append(value!.Length).Append(':').Append(value);
        }
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }
}

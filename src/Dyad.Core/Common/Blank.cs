namespace Dyad.Core.Common;

public static class Blank
{
    /// <summary>Optional text is stored trimmed, and empty text as absent, so filters see one spelling.</summary>
    public static string? ToNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

using System.Text.RegularExpressions;

namespace Dyad.Core.Handbook;

/// <summary>Putting people's words into Markdown as they wrote them.</summary>
public static partial class MarkdownText
{
    /// <summary>
    /// Escapes the characters Markdown would read as markup, so an answer like "*urgent* #1" prints as typed, and joins
    /// its lines, so a quote stays one block.
    /// </summary>
    public static string Escape(string text) =>
        Markup().Replace(Whitespace().Replace(text.Trim(), " "), @"\$0");

    [GeneratedRegex(@"[\\`*_{}\[\]<>#|!~]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

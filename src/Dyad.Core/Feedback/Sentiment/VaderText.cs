namespace Dyad.Core.Feedback.Sentiment;

/// <summary>
/// A text cut into VADER's tokens: split at every whitespace character, one-character tokens dropped
/// ("a", "I", a lone "!"), and a word's leading or trailing punctuation trimmed when it is one of the
/// trimmable runs and the bare word also occurs in the text, so "good," becomes "good" while emoticons
/// (":-)") and contractions ("don't") stay whole.
/// </summary>
internal sealed class VaderText
{
    private VaderText(IReadOnlyList<string> tokens)
    {
        Tokens = tokens;
        var capitalised = tokens.Count(IsShouted);
        SomeButNotAllShouted = capitalised > 0 && capitalised < tokens.Count;
    }

    public IReadOnlyList<string> Tokens { get; }

    /// <summary>Capitals emphasise only when some, not all, tokens are in capitals (an all-caps text shouts nothing).</summary>
    public bool SomeButNotAllShouted { get; }

    public static VaderText Of(string text)
    {
        var bareWords = SplitAtWhitespace(new string(text.Where(c => !VaderRules.Punctuation.Contains(c)).ToArray()))
            .Where(w => w.Length > 1)
            .ToHashSet(StringComparer.Ordinal);
        var tokens = SplitAtWhitespace(text)
            .Where(t => t.Length > 1)
            .Select(t => Trim(t, bareWords))
            .ToList();
        return new VaderText(tokens);
    }

    /// <summary>Upper case in Python's sense: at least one capital letter and no lower-case ASCII letter.</summary>
    public static bool IsShouted(string token) =>
        token.Any(c => c is >= 'A' and <= 'Z') && !token.Any(c => c is >= 'a' and <= 'z');

    private static string Trim(string token, HashSet<string> bareWords)
    {
        var leading = token.TakeWhile(IsPunctuation).Count();
        var trailing = token.Reverse().TakeWhile(IsPunctuation).Count();
        if (leading > 0 && trailing == 0 && VaderRules.TrimmablePunctuation.Contains(token[..leading]) && bareWords.Contains(token[leading..]))
        {
            return token[leading..];
        }
        if (trailing > 0 && leading == 0 && VaderRules.TrimmablePunctuation.Contains(token[^trailing..]) && bareWords.Contains(token[..^trailing]))
        {
            return token[..^trailing];
        }
        return token;
    }

    private static bool IsPunctuation(char c) => VaderRules.Punctuation.Contains(c);

    /// <summary>Splits at each whitespace character on its own, so consecutive ones leave empty pieces (dropped later).</summary>
    private static string[] SplitAtWhitespace(string text) => text.Split(Whitespace);

    /// <summary>The whitespace of ECMAScript's \s, which the reference splits on (char.IsWhiteSpace differs at U+0085 and U+FEFF).</summary>
    private static readonly char[] Whitespace =
    [
        '\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
        '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
    ];
}

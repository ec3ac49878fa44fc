namespace Dyad.Core.Feedback.Codebooks;

/// <summary>
/// Words as keyword coding sees them: runs of letters and digits, lower case, so "Kick-off" is "kick" "off"
/// and "don't" is "don" "t"; and a light stem that makes a plural match its singular.
/// </summary>
public static class TextWords
{
    public static IReadOnlyList<string> Of(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    /// <summary>
    /// Plural tolerance, not a full stemmer: "replies" → "reply", and a final "s" dropped unless the word
    /// ends in "ss", "us" or "is" or has three letters or fewer ("meetings" → "meeting", but "process",
    /// "status", "analysis", "gas" stay).
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }
        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return word[..^1];
        }
        return word;
    }
}

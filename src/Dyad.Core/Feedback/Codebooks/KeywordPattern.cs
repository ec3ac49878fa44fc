namespace Dyad.Core.Feedback.Codebooks;

/// <summary>
/// A phrase of a codebook ("quick reply", "document*") matched against whole words, whatever their case,
/// a plural matching its singular. A word ending in "*" matches every word it begins ("respon*" matches
/// "respond", "responses", "responsiveness").
/// </summary>
public sealed class KeywordPattern
{
    private readonly string[] _parts;

    public KeywordPattern(string phrase)
    {
        Phrase = phrase;
        _parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(PatternWords)
            .ToArray();
    }

    private static IEnumerable<string> PatternWords(string part)
    {
        if (!part.EndsWith('*'))
        {
            return TextWords.Of(part).Select(TextWords.Stem);
        }
        var words = TextWords.Of(part[..^1]);
        return words.Count == 0 ? [] : [.. words.SkipLast(1).Select(TextWords.Stem), words[^1] + "*"];
    }

    public string Phrase { get; }

    /// <summary>Whether the phrase has at least one word to match; "*" or "--" alone has none.</summary>
    public bool IsValid => _parts.Length > 0;

    /// <summary>Whether the phrase occurs in a text given as its words (<see cref="TextWords.Of"/>).</summary>
    public bool Matches(IReadOnlyList<string> words)
    {
        for (var start = 0; start + _parts.Length <= words.Count; start++)
        {
            if (MatchesAt(words, start))
            {
                return true;
            }
        }
        return false;
    }

    private bool MatchesAt(IReadOnlyList<string> words, int start)
    {
        for (var i = 0; i < _parts.Length; i++)
        {
            var part = _parts[i];
            var word = words[start + i];
            var matches = part.EndsWith('*') ? word.StartsWith(part[..^1], StringComparison.Ordinal) : TextWords.Stem(word) == part;
            if (!matches)
            {
                return false;
            }
        }
        return true;
    }
}

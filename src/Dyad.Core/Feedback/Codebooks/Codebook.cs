using Dyad.Core.Common;

namespace Dyad.Core.Feedback.Codebooks;

/// <summary>
/// Keywords with their synonyms, applied to open answers (004 content analysis: similar wordings merged into
/// one keyword, e.g. "quick reply" and "fast answers" into "responsiveness"). The keyword order is kept: it
/// breaks ties between equally frequent keywords in reports.
/// </summary>
public sealed class Codebook
{
    public const int MaxKeywordLength = 100;

    private readonly (CodebookKeyword Keyword, KeywordPattern[] Patterns)[] _entries;

    private Codebook(IReadOnlyList<CodebookKeyword> keywords)
    {
        Keywords = keywords;
        _entries = keywords
            .Select(k => (k, new[] { k.Keyword }.Concat(k.Synonyms).Select(p => new KeywordPattern(p)).ToArray()))
            .ToArray();
    }

    public IReadOnlyList<CodebookKeyword> Keywords { get; }

    /// <summary>
    /// Checks every keyword before building: a name is required and unique within its topic, and each
    /// synonym must contain a word. Errors are keyed <c>keywords[i].keyword</c>, <c>keywords[i].synonyms[j]</c>.
    /// </summary>
    public static Codebook Create(IEnumerable<CodebookKeyword> keywords)
    {
        var list = keywords.Select(k => k with { Keyword = k.Keyword?.Trim() ?? "", Topic = Blank.ToNull(k.Topic), Synonyms = k.Synonyms ?? [] })
            .ToList();
        var errors = new FieldErrors();
        var seen = new HashSet<(string?, string)>();
        foreach (var (index, keyword) in list.Index())
        {
            var field = $"keywords[{index}]";
            errors.Require($"{field}.keyword", keyword.Keyword, MaxKeywordLength, "Keyword");
            if (keyword.Keyword.Length > 0 && !seen.Add((keyword.Topic?.ToLowerInvariant(), keyword.Keyword.ToLowerInvariant())))
            {
                errors.Add($"{field}.keyword", $"Keyword '{keyword.Keyword}' is listed twice{(keyword.Topic is null ? "" : $" for topic '{keyword.Topic}'")}.");
            }
            else if (keyword.Keyword.Length > 0 && !new KeywordPattern(keyword.Keyword).IsValid)
            {
                errors.Add($"{field}.keyword", $"Keyword '{keyword.Keyword}' has no letters or digits to match.");
            }
            foreach (var (position, synonym) in keyword.Synonyms.Index())
            {
                if (synonym is null || !new KeywordPattern(synonym).IsValid)
                {
                    errors.Add($"{field}.synonyms[{position}]", "A synonym needs at least one word of letters or digits.");
                }
            }
        }
        errors.ThrowIfAny();
        return new Codebook(list);
    }

    /// <summary>The keywords an answer of <paramref name="topic"/> names, each once, in codebook order.</summary>
    public IReadOnlyList<string> Code(string? topic, string text)
    {
        var words = TextWords.Of(text);
        return _entries
            .Where(e => AppliesTo(e.Keyword, topic) && e.Patterns.Any(p => p.Matches(words)))
            .Select(e => e.Keyword.Keyword)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <summary>Whether any keyword or synonym of the codebook occurs in the words, whatever the topic.</summary>
    public bool MatchesAny(IReadOnlyList<string> words) => _entries.Any(e => e.Patterns.Any(p => p.Matches(words)));

    /// <summary>The position of a keyword in the codebook, for ordering ties; unknown keywords sort last.</summary>
    public int OrderOf(string keyword)
    {
        var index = Array.FindIndex(_entries, e => string.Equals(e.Keyword.Keyword, keyword, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }

    private static bool AppliesTo(CodebookKeyword keyword, string? topic) =>
        keyword.Topic is null || string.Equals(keyword.Topic, topic, StringComparison.OrdinalIgnoreCase);
}

namespace Dyad.Core.Feedback.Codebooks;

/// <summary>A word or phrase worth adding to the codebook, with the number of uncoded answers using it.</summary>
public sealed record SuggestedKeyword(string Phrase, int Answers, double Score);

/// <summary>
/// Suggests new keywords from the answers the codebook leaves uncoded, so a codebook grows from the data:
/// words and two- or three-word phrases (not starting or ending with a stop word, not already matched by
/// the codebook) that occur in at least <see cref="MinAnswers"/> uncoded answers, ranked by TF-IDF: the
/// number of uncoded answers using the term times its inverse document frequency over all answers,
/// ln((1 + N) / (1 + df)) + 1, so a term everyone uses anyway ranks below one typical of the uncoded answers.
/// A term is left out when a longer phrase containing it occurs in as many uncoded answers.
/// </summary>
public static class KeywordSuggestions
{
    public const int MinAnswers = 2;
    public const int MaxPhraseWords = 3;

    public static IReadOnlyList<SuggestedKeyword> Suggest(Codebook codebook, IReadOnlyList<CodedAnswer> coded, IReadOnlyList<OpenAnswer> answers, int count)
    {
        var codedIds = coded.Where(c => c.Keywords.Count > 0).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var terms = answers.Select(a => (Uncoded: !codedIds.Contains(a.Id), Terms: TermsOf(a.Text))).ToArray();
        var inAll = Count(terms.Select(t => t.Terms));
        var inUncoded = Count(terms.Where(t => t.Uncoded).Select(t => t.Terms));

        var candidates = inUncoded
            .Where(t => t.Value.Answers >= MinAnswers && !codebook.MatchesAny(t.Key.Split(' ')))
            .Select(t => (Key: t.Key, t.Value.Surface, t.Value.Answers,
                Score: t.Value.Answers * (Math.Log((1.0 + answers.Count) / (1.0 + inAll[t.Key].Answers)) + 1)))
            .ToArray();
        return candidates
            .Where(c => !candidates.Any(longer => longer.Answers == c.Answers && longer.Key.Length > c.Key.Length
                && $" {longer.Key} ".Contains($" {c.Key} ", StringComparison.Ordinal)))
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Key.Count(ch => ch == ' '))
            .ThenBy(c => c.Surface, StringComparer.Ordinal)
            .Take(count)
            .Select(c => new SuggestedKeyword(c.Surface, c.Answers, Math.Round(c.Score, 4)))
            .ToArray();
    }

    /// <summary>The distinct terms of one answer, keyed by their stemmed words, with the wording first seen.</summary>
    private static Dictionary<string, string> TermsOf(string text)
    {
        var words = TextWords.Of(text);
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var start = 0; start < words.Count; start++)
        {
            for (var length = 1; length <= MaxPhraseWords && start + length <= words.Count; length++)
            {
                var phrase = words.Skip(start).Take(length).ToArray();
                if (IsCandidate(phrase))
                {
                    terms.TryAdd(string.Join(' ', phrase.Select(TextWords.Stem)), string.Join(' ', phrase));
                }
            }
        }
        return terms;
    }

    private static bool IsCandidate(string[] phrase) =>
        !StopWords.Contains(phrase[0]) && !StopWords.Contains(phrase[^1])
        && phrase.All(w => !w.All(char.IsDigit))
        && (phrase.Length > 1 || phrase[0].Length > 2);

    private static Dictionary<string, (string Surface, int Answers)> Count(IEnumerable<Dictionary<string, string>> answers)
    {
        var counts = new Dictionary<string, (string Surface, int Answers)>(StringComparer.Ordinal);
        foreach (var terms in answers)
        {
            foreach (var (key, surface) in terms)
            {
                counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Surface, seen.Answers + 1) : (surface, 1);
            }
        }
        return counts;
    }
}

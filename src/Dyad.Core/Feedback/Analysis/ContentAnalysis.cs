using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Core.Feedback.Analysis;

/// <summary>
/// How often one keyword was named in the answers of one question topic: <see cref="Frequency"/> answers
/// out of the topic's answers, <see cref="Share"/> = frequency / answers (0..1).
/// </summary>
public sealed record KeywordFrequency(string? Topic, string Keyword, int Frequency, double Share);

/// <summary>
/// The 004 content analysis: each keyword counted once per answer naming it, per question topic, keeping
/// only keywords at or above the topic's threshold (004: at least 3 answers for customer experience, 2 for
/// customer service; a topic without a threshold of its own takes <c>otherTopics</c>, by default every keyword named
/// at least once).
/// </summary>
public static class ContentAnalysis
{
    /// <summary>
    /// Rows sorted by frequency, most frequent first; ties by topic (in order of first appearance among the
    /// answers), then by the keyword's place in the codebook.
    /// </summary>
    public static IReadOnlyList<KeywordFrequency> Frequencies(
        IReadOnlyList<CodedAnswer> answers, Codebook codebook, IReadOnlyDictionary<string, int>? thresholds = null,
        int otherTopics = 1)
    {
        var topicOrder = answers.Select(a => a.Topic ?? "").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return answers
            .GroupBy(a => a.Topic ?? "", StringComparer.OrdinalIgnoreCase)
            .SelectMany(topic =>
            {
                var total = topic.Count();
                var minimum = thresholds is not null && thresholds.TryGetValue(topic.Key, out var threshold) ? threshold : otherTopics;
                return topic
                    .SelectMany(a => a.Keywords.Distinct(StringComparer.OrdinalIgnoreCase))
                    .GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
                    .Where(k => k.Count() >= minimum)
                    .Select(k => new KeywordFrequency(topic.First().Topic, k.Key, k.Count(), (double)k.Count() / total));
            })
            .OrderByDescending(f => f.Frequency)
            .ThenBy(f => topicOrder.FindIndex(t => string.Equals(t, f.Topic ?? "", StringComparison.OrdinalIgnoreCase)))
            .ThenBy(f => codebook.OrderOf(f.Keyword))
            .ThenBy(f => f.Keyword, StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }
}

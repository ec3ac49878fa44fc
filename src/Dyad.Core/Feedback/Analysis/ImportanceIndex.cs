namespace Dyad.Core.Feedback.Analysis;

/// <summary>One piece of feedback: the topics it is about and its card, if it has one.</summary>
public sealed record CardedFeedback(IReadOnlyList<string> Topics, FeedbackCard? Card);

/// <summary>
/// A topic's importance: its rank by frequency (most frequent 1), its rank by red cards (most red cards 1), its
/// relevance points (<see cref="ImportanceIndex.Relevant"/> 0, <see cref="ImportanceIndex.NotRelevant"/> 3) and
/// their sum, the <see cref="Index"/>; lower is more important.
/// </summary>
public sealed record TopicImportance(string Topic, int Frequency, int RedCards, int FrequencyRank, int RedCardRank, int RelevancePoints)
{
    public int Index => FrequencyRank + RedCardRank + RelevancePoints;
}

/// <summary>
/// 004's importance index of feedback topics: frequency rank + red-card rank + relevance (0 relevant, 3 not);
/// lower is more important (group A: communication 2 + 2 + 0 = 4; group B: responsiveness 3 + 1 + 0 = 4).
/// Ties share the better rank (1, 2, 2, 4), so equal counts weigh equally.
/// </summary>
public static class ImportanceIndex
{
    public const int Relevant = 0;
    public const int NotRelevant = 3;

    /// <summary>Topics sorted by index, most important first; ties by frequency, then name.</summary>
    public static IReadOnlyList<TopicImportance> Rank(IEnumerable<CardedFeedback> feedback, Func<string, bool> isRelevant)
    {
        var counts = feedback
            .SelectMany(f => f.Topics.Distinct(StringComparer.OrdinalIgnoreCase).Select(t => (Topic: t, Red: f.Card == FeedbackCard.Red)))
            .GroupBy(t => t.Topic, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Topic: g.First().Topic, Frequency: g.Count(), RedCards: g.Count(t => t.Red)))
            .ToArray();
        var frequencies = counts.Select(c => c.Frequency).ToArray();
        var reds = counts.Select(c => c.RedCards).ToArray();
        return counts
            .Select(c => new TopicImportance(c.Topic, c.Frequency, c.RedCards, RankOf(c.Frequency, frequencies), RankOf(c.RedCards, reds),
                isRelevant(c.Topic) ? Relevant : NotRelevant))
            .OrderBy(t => t.Index)
            .ThenByDescending(t => t.Frequency)
            .ThenBy(t => t.Topic, StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <summary>Standard competition rank among all values, the largest ranked 1.</summary>
    private static int RankOf(int value, int[] all) => 1 + all.Count(v => v > value);
}

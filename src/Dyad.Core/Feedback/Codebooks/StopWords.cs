namespace Dyad.Core.Feedback.Codebooks;

/// <summary>English function words, too common to suggest as keywords, in the lower case of <see cref="TextWords"/>.</summary>
internal static class StopWords
{
    public static bool Contains(string word) => English.Contains(word);

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "d", "did", "do",
        "does", "doing", "don", "down", "during", "each", "even", "ever", "every", "few", "for", "from", "further", "get",
        "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
        "if", "in", "into", "is", "it", "its", "itself", "just", "ll", "m", "many", "may", "me", "might", "more", "most",
        "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or",
        "other", "our", "ours", "ourselves", "out", "over", "own", "quite", "re", "really", "s", "same", "shall", "she",
        "should", "so", "some", "such", "t", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "ve", "very", "was", "we",
        "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
        "yours", "yourself", "yourselves", "always", "never", "still", "well", "like", "make", "made", "lot", "etc",
    };
}

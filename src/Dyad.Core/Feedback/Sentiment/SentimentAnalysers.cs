using Dyad.Core.Common;

namespace Dyad.Core.Feedback.Sentiment;

/// <summary>The analysers available, chosen by the language of the text.</summary>
public sealed class SentimentAnalysers
{
    private readonly Dictionary<string, ISentimentAnalyser> _byLanguage;

    public SentimentAnalysers(IEnumerable<ISentimentAnalyser> analysers) =>
        _byLanguage = analysers.ToDictionary(a => a.Language, StringComparer.OrdinalIgnoreCase);

    /// <summary>VADER for English, the only language with a built-in lexicon so far.</summary>
    public static SentimentAnalysers BuiltIn { get; } = new([VaderAnalyser.English]);

    public IReadOnlyCollection<string> Languages => _byLanguage.Keys;

    /// <summary>The analyser for <paramref name="language"/>; a validation error naming the known ones if none.</summary>
    public ISentimentAnalyser For(string language)
    {
        if (_byLanguage.TryGetValue(language, out var analyser))
        {
            return analyser;
        }
        throw new DomainValidationException(new Dictionary<string, string[]>
        {
            ["language"] = [$"No sentiment analyser for language '{language}'; available: {string.Join(", ", Languages.Order())}."],
        });
    }
}

namespace Dyad.Core.Feedback.Sentiment;

/// <summary>Scores the sentiment of texts written in one language; one implementation per language.</summary>
public interface ISentimentAnalyser
{
    /// <summary>The language code (ISO 639-1, e.g. "en") of the texts this analyser understands.</summary>
    string Language { get; }

    SentimentScores Analyse(string text);
}

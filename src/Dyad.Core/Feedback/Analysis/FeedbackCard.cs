using Dyad.Core.Feedback.Sentiment;

namespace Dyad.Core.Feedback.Analysis;

/// <summary>004's satisfaction feedback cards: red for negative feedback, green for positive.</summary>
public enum FeedbackCard
{
    Green,
    Red,
}

public static class FeedbackCards
{
    /// <summary>
    /// VADER's customary cut-offs (Hutto &amp; Gilbert's README): compound at least 0.05 reads positive, at most
    /// -0.05 negative, anything between neutral.
    /// </summary>
    public const double PositiveThreshold = 0.05;

    public const double NegativeThreshold = -0.05;

    /// <summary>The card a person gave by hand; otherwise the one the sentiment suggests, or none for neutral text.</summary>
    public static FeedbackCard? Of(SentimentScores? sentiment, FeedbackCard? byHand = null) =>
        byHand ?? sentiment?.Compound switch
        {
            >= PositiveThreshold => FeedbackCard.Green,
            <= NegativeThreshold => FeedbackCard.Red,
            _ => null,
        };
}

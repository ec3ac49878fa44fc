namespace Dyad.Core.Feedback.Sentiment;

/// <summary>
/// How positive or negative a text reads. <see cref="Compound"/> is one normalised score in -1..1;
/// <see cref="Positive"/>, <see cref="Neutral"/> and <see cref="Negative"/> are the shares of the text in
/// each polarity and add up to about 1 (all 0 for a text with no words).
/// </summary>
public sealed record SentimentScores(double Compound, double Positive, double Neutral, double Negative)
{
    public static readonly SentimentScores None = new(0, 0, 0, 0);
}

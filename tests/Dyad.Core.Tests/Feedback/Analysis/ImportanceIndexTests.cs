using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Sentiment;

namespace Dyad.Core.Tests.Feedback.Analysis;

/// <summary>
/// 004's past satisfaction feedback of product groups A and B. The source gives the ranks, not the counts, so the
/// counts are invented to produce its ranks and its Table 4 order.
/// </summary>
public class ImportanceIndexTests
{
    private static readonly HashSet<string> Relevant = ["communication", "documentation", "responsiveness", "on-time delivery", "problem solving"];

    private static IEnumerable<CardedFeedback> Cards(string topic, int feedback, int red) =>
        Enumerable.Range(0, feedback).Select(i => new CardedFeedback([topic], i < red ? FeedbackCard.Red : FeedbackCard.Green));

    [Fact]
    public void Communication_in_group_A_scores_2_plus_2_plus_0_and_comes_first()
    {
        var groupA = Cards("product quality", 40, 3).Concat(Cards("communication", 30, 12)).Concat(Cards("responsiveness", 25, 9))
            .Concat(Cards("documentation", 20, 14)).Concat(Cards("on-time delivery", 12, 6)).Concat(Cards("problem solving", 8, 2));

        var ranking = ImportanceIndex.Rank(groupA, Relevant.Contains);

        var communication = ranking[0];
        Assert.Equal(("communication", 2, 2, 0, 4), (communication.Topic, communication.FrequencyRank, communication.RedCardRank,
            communication.RelevancePoints, communication.Index));
        Assert.Equal(["communication", "documentation", "responsiveness"], ranking.Take(3).Select(t => t.Topic));
        Assert.Equal(1 + 5 + ImportanceIndex.NotRelevant, ranking.Single(t => t.Topic == "product quality").Index);
    }

    [Fact]
    public void Responsiveness_in_group_B_scores_3_plus_1_plus_0_and_comes_first()
    {
        var groupB = Cards("product quality", 50, 2).Concat(Cards("documentation", 40, 6)).Concat(Cards("responsiveness", 30, 12))
            .Concat(Cards("communication", 20, 8)).Concat(Cards("on-time delivery", 15, 4)).Concat(Cards("problem solving", 10, 1));

        var ranking = ImportanceIndex.Rank(groupB, Relevant.Contains);

        Assert.Equal(("responsiveness", 3, 1, 0, 4), (ranking[0].Topic, ranking[0].FrequencyRank, ranking[0].RedCardRank,
            ranking[0].RelevancePoints, ranking[0].Index));
        Assert.Equal(["responsiveness", "documentation", "communication"], ranking.Take(3).Select(t => t.Topic));
    }

    [Fact]
    public void Equal_counts_share_the_better_rank()
    {
        var feedback = Cards("a", 5, 1).Concat(Cards("b", 5, 1)).Concat(Cards("c", 2, 0));

        var ranking = ImportanceIndex.Rank(feedback, _ => true);

        Assert.Equal([("a", 1, 1), ("b", 1, 1), ("c", 3, 3)], ranking.Select(t => (t.Topic, t.FrequencyRank, t.RedCardRank)));
    }

    [Theory]
    [InlineData(0.05, FeedbackCard.Green)]
    [InlineData(-0.05, FeedbackCard.Red)]
    [InlineData(0.0499, null)]
    public void A_card_follows_the_sentiment_thresholds(double compound, FeedbackCard? card) =>
        Assert.Equal(card, FeedbackCards.Of(new SentimentScores(compound, 0, 1, 0)));

    [Fact]
    public void A_card_given_by_hand_wins_over_the_sentiment() =>
        Assert.Equal(FeedbackCard.Red, FeedbackCards.Of(VaderAnalyser.English.Analyse("Great, just great, the FAT slipped again!"), FeedbackCard.Red));
}

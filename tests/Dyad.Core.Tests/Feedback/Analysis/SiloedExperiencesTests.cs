using Dyad.Core.Feedback.Analysis;

namespace Dyad.Core.Tests.Feedback.Analysis;

public class SiloedExperiencesTests
{
    private static readonly Guid Harbour = Guid.NewGuid();
    private static readonly Guid Mill = Guid.NewGuid();

    private static ExperienceObservation Nps(Guid account, string person, double score) =>
        new(account, SiloLevel.Stakeholder, person, "nps", score, 0, 10);

    private static ExperienceObservation Sentiment(Guid account, SiloLevel level, string group, double compound) =>
        new(account, level, group, "sentiment", compound, -1, 1);

    [Fact]
    public void A_promoter_and_a_detractor_of_one_account_are_a_siloed_experience_with_the_best_group_first()
    {
        var siloed = SiloedExperiences.Detect([Nps(Harbour, "Anna", 9), Nps(Harbour, "Anna", 10), Nps(Harbour, "Ben", 6), Nps(Harbour, "Cleo", 8)]);

        var found = Assert.Single(siloed);
        Assert.Equal((Harbour, SiloLevel.Stakeholder, "nps"), (found.AccountId, found.Level, found.Measure));
        Assert.Equal([("Anna", 9.5, 2), ("Cleo", 8, 1), ("Ben", 6, 1)], found.Groups.Select(g => (g.Group, g.Mean, g.Count)));
        Assert.Equal(0.35, found.Spread, 9);
    }

    [Fact]
    public void Groups_closer_than_the_threshold_or_alone_in_their_account_are_no_silo()
    {
        var siloed = SiloedExperiences.Detect([Nps(Harbour, "Anna", 9), Nps(Harbour, "Ben", 7), Nps(Mill, "Dora", 0), Nps(Harbour, "Erik", 6.5)], threshold: 0.3);

        Assert.Empty(siloed);
    }

    [Fact]
    public void A_spread_exactly_at_the_threshold_counts_and_each_account_is_compared_only_within_itself()
    {
        var siloed = SiloedExperiences.Detect([Nps(Harbour, "Anna", 9), Nps(Harbour, "Ben", 6), Nps(Mill, "Dora", 2), Nps(Mill, "Fay", 3)]);

        Assert.Equal([Harbour], siloed.Select(s => s.AccountId));
    }

    [Fact]
    public void Units_and_sentiment_compare_on_their_own_scale_widest_spread_first()
    {
        var siloed = SiloedExperiences.Detect(
        [
            Sentiment(Harbour, SiloLevel.Unit, "Engineering", 0.8), Sentiment(Harbour, SiloLevel.Unit, "Procurement", -0.6),
            Sentiment(Harbour, SiloLevel.Role, "user", 0.4), Sentiment(Harbour, SiloLevel.Role, "buyer", -0.3),
        ], threshold: 0.25);

        Assert.Equal([(SiloLevel.Unit, 0.7), (SiloLevel.Role, 0.35)], siloed.Select(s => (s.Level, Math.Round(s.Spread, 9))));
        Assert.Equal(("Engineering", "Procurement"), (siloed[0].Highest.Group, siloed[0].Lowest.Group));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    public void A_threshold_outside_the_scale_is_refused(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SiloedExperiences.Detect([], threshold));
}

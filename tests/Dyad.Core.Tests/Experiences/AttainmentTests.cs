using Dyad.Core.Accounts;
using Dyad.Core.Experiences;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Results;

namespace Dyad.Core.Tests.Experiences;

public sealed class AttainmentTests
{
    private static readonly DateTimeOffset March = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Measure Nps = new(Guid.NewGuid(), LinkKind.SurveyQuestion, "NPS");
    private static readonly Measure Emotions = new(Guid.NewGuid(), LinkKind.EmotionPickList, "Emotions");
    private static readonly Measure Keyword = new(Guid.NewGuid(), LinkKind.Keyword, "documentation");

    [Theory]
    [InlineData(1, 1, 5, false, 0)]
    [InlineData(5, 1, 5, false, 100)]
    [InlineData(4, 1, 5, false, 75)]
    [InlineData(4, 1, 7, false, 50)]
    [InlineData(2, 1, 7, true, 83.333)]
    [InlineData(7, 0, 10, false, 70)]
    public void A_rating_is_rescaled_from_its_own_scale(int value, int lowest, int highest, bool lowerIsBetter, double expected) =>
        Assert.Equal(expected, Attainment.Rating(value, lowest, highest, lowerIsBetter), 3);

    [Fact]
    public void The_mean_of_nps_answers_is_the_nps_put_on_0_to_100()
    {
        int[] scores = [10, 9, 9, 8, 7, 6, 3, 10, 0, 9];
        var nps = Core.Surveys.Nps.Of(scores).Score!.Value;

        Assert.Equal(20, nps, 9);
        Assert.Equal(Attainment.FromNps(nps), scores.Select(Attainment.NpsAnswer).Average(), 9);
        Assert.Equal(60, Attainment.FromNps(nps), 9);
        Assert.Equal(0, Attainment.FromNps(-100));
        Assert.Equal(100, Attainment.FromNps(100));
    }

    [Fact]
    public void Emotions_count_the_share_evoked_among_the_linked_emotions_picked()
    {
        string[] evoke = ["excited", "proud"];
        string[] avoid = ["bored", "anxious"];

        Assert.Equal(100, Attainment.Emotions(["excited", "proud"], evoke, avoid));
        Assert.Equal(100.0 / 3, Attainment.Emotions(["excited", "bored", "anxious", "hungry"], evoke, avoid)!.Value, 9);
        Assert.Equal(0, Attainment.Emotions(["bored"], evoke, avoid));
        Assert.Null(Attainment.Emotions(["hungry"], evoke, avoid));
        Assert.Null(Attainment.Emotions([], evoke, avoid));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 50)]
    [InlineData(0.5, 75)]
    [InlineData(1, 100)]
    public void A_sentiment_compound_is_put_on_0_to_100(double compound, double expected) =>
        Assert.Equal(expected, Attainment.Sentiment(compound), 9);

    [Fact]
    public void Each_measure_counts_equally_and_the_contributions_add_up_to_the_realized_attainment()
    {
        AttainmentPoint[] points =
        [
            // Four NPS answers: two promoters, a passive, a detractor: NPS 25, attainment 62.5.
            new(Nps.Id, Attainment.NpsAnswer(10), March), new(Nps.Id, Attainment.NpsAnswer(9), March),
            new(Nps.Id, Attainment.NpsAnswer(7), March), new(Nps.Id, Attainment.NpsAnswer(2), March),
            // One emotion answer: two evoked, none avoided.
            new(Emotions.Id, 100, March),
        ];

        var result = Attainment.Of(80, [Nps, Emotions, Keyword], points);

        Assert.Equal(81.25, result.Realized!.Value, 9);
        Assert.Equal(1.25, result.Gap!.Value, 9);
        Assert.Equal(5, result.DataPoints);
        Assert.Equal(Valence.Positive, result.Valence);
        var nps = Assert.Single(result.Measures, m => m.MeasureId == Nps.Id);
        Assert.Equal((4, 62.5, 31.25), (nps.DataPoints, nps.Attainment!.Value, nps.Contribution!.Value));
        var keyword = Assert.Single(result.Measures, m => m.MeasureId == Keyword.Id);
        Assert.Equal((0, (double?)null, (double?)null), (keyword.DataPoints, keyword.Attainment, keyword.Contribution));
        Assert.Equal(result.Realized.Value, result.Measures.Sum(m => m.Contribution ?? 0), 9);
    }

    [Fact]
    public void Without_data_the_attainment_is_unmeasured_rather_than_zero()
    {
        var result = Attainment.Of(75, [Nps], []);

        Assert.Null(result.Realized);
        Assert.Null(result.Gap);
        Assert.Equal(Valence.Unmeasured, result.Valence);
    }

    [Fact]
    public void Realized_below_the_neutral_middle_is_negative()
    {
        var result = Attainment.Of(75, [Keyword], [new(Keyword.Id, Attainment.Sentiment(-0.4), March)]);

        Assert.Equal(30, result.Realized!.Value, 9);
        Assert.Equal(Valence.Negative, result.Valence);
    }

    [Fact]
    public void A_slice_keeps_the_readings_of_its_account_role_phase_and_period()
    {
        var account = Guid.NewGuid();
        AttainmentPoint[] points =
        [
            new(Nps.Id, 100, March, account, BuyingCentreRole.User, 4),
            new(Nps.Id, 0, March, account, BuyingCentreRole.DecisionMaker, 4),
            new(Nps.Id, 50, March.AddMonths(1), account, BuyingCentreRole.User, 4),
            new(Nps.Id, 0, March, Guid.NewGuid(), BuyingCentreRole.User, 4),
            new(Nps.Id, 0, March, account, BuyingCentreRole.User, 2),
        ];

        var slice = AttainmentSlice.Of(account, "user", 4, "2026-03");

        Assert.Equal([100.0], points.Where(slice.Includes).Select(p => p.Value));
        Assert.Equal([100.0, 50.0], points.Where(slice.IncludesPlace).Select(p => p.Value));
        Assert.Equal(4, points.Count(AttainmentSlice.Of(null, null, null, "2026-Q1").Includes));
        Assert.Equal(TrendPeriod.Quarter, AttainmentSlice.Of(null, null, null, "2026-q1").TrendPeriod);
    }

    [Theory]
    [InlineData("role", "cfo", null)]
    [InlineData("period", null, "2026-13")]
    [InlineData("period", null, "2026-Q5")]
    [InlineData("period", null, "March")]
    public void A_slice_refuses_an_unknown_role_or_period(string field, string? role, string? period)
    {
        var error = Assert.Throws<Core.Common.DomainValidationException>(() => AttainmentSlice.Of(null, role, null, period));
        Assert.Contains(field, error.Errors.Keys);
    }

    [Fact]
    public void The_trend_has_a_point_per_period_from_first_to_last_with_empty_periods_kept_empty()
    {
        AttainmentPoint[] points =
        [
            new(Nps.Id, 100, March), new(Nps.Id, 50, March.AddDays(5)),
            new(Nps.Id, 0, March.AddMonths(2)),
        ];

        var trend = Attainment.Trend([Nps], points, TrendPeriod.Month);

        Assert.Equal(["2026-03", "2026-04", "2026-05"], trend.Select(t => t.Period));
        Assert.Equal([75.0, null, 0.0], trend.Select(t => t.Realized));
        Assert.Equal([2, 0, 1], trend.Select(t => t.DataPoints));
        Assert.Empty(Attainment.Trend([Nps], [], TrendPeriod.Month));
    }

    [Fact]
    public void The_matrix_places_experiences_by_granularity_and_realized_valence_with_every_cell_present()
    {
        MatrixEntry[] entries =
        [
            new(Guid.NewGuid(), "Secure", ExperienceCategory.Secure, Granularity.Nuanced, 40),
            new(Guid.NewGuid(), "Inspiring", ExperienceCategory.Inspiring, Granularity.Nuanced, 72),
            new(Guid.NewGuid(), "Effortless", ExperienceCategory.Effortless, Granularity.Nuanced, 90),
            new(Guid.NewGuid(), "Happy customers", ExperienceCategory.GeneralTheme, Granularity.General, null),
        ];

        var cells = TargetExperienceMatrix.Place(entries);

        Assert.Equal(6, cells.Count);
        Assert.Equal(["Effortless", "Inspiring"], Cell(cells, Granularity.Nuanced, Valence.Positive));
        Assert.Equal(["Secure"], Cell(cells, Granularity.Nuanced, Valence.Negative));
        Assert.Equal(["Happy customers"], Cell(cells, Granularity.General, Valence.Unmeasured));
        Assert.Empty(Cell(cells, Granularity.General, Valence.Positive));
    }

    private static IEnumerable<string> Cell(IReadOnlyList<MatrixCell> cells, Granularity granularity, Valence valence) =>
        cells.Single(c => c.Granularity == granularity && c.Valence == valence).Experiences.Select(e => e.Name);
}

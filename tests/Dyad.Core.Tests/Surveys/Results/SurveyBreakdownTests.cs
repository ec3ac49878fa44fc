using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Surveys.Results;

namespace Dyad.Core.Tests.Surveys.Results;

public class SurveyBreakdownTests
{
    private static ScoredResponse Nps(int score, string submitted, string? group = null) =>
        new(new Dictionary<string, Answer> { [BuiltInInstruments.ScoreQuestion] = new(Number: score) }, DateTimeOffset.Parse(submitted), group);

    [Fact]
    public void Each_account_gets_its_own_nps_and_count_with_responses_of_no_account_last()
    {
        ScoredResponse[] responses =
        [
            Nps(10, "2026-01-05T10:00:00Z", "Stadsbank"), Nps(9, "2026-01-06T10:00:00Z", "Stadsbank"), Nps(3, "2026-01-07T10:00:00Z", "Stadsbank"),
            Nps(6, "2026-02-01T10:00:00Z", "Haven Logistics"), Nps(8, "2026-02-02T10:00:00Z"),
        ];

        var groups = SurveyBreakdown.By(BuiltInInstruments.NpsKey, responses);

        Assert.Equal(["Haven Logistics", "Stadsbank", null], groups.Select(g => g.Group));
        Assert.Equal([1, 3, 1], groups.Select(g => g.Result.Responses));
        // Stadsbank: 2 promoters and 1 detractor of 3 = +33.3; Haven: one detractor = -100; the passive alone = 0.
        Assert.Equal([-100, 100.0 / 3, 0], groups.Select(g => g.Result.Nps!.Score!.Value));
        Assert.All(groups, g => Assert.Null(g.Result.Csat));
    }

    [Fact]
    public void A_monthly_trend_has_a_point_for_every_month_between_the_first_and_last_including_empty_ones()
    {
        ScoredResponse[] responses =
        [
            Nps(10, "2026-01-31T23:59:59Z"), Nps(0, "2026-01-02T00:00:00Z"),
            Nps(9, "2026-03-15T12:00:00+02:00"),
        ];

        var trend = SurveyBreakdown.Trend(BuiltInInstruments.NpsKey, responses, TrendPeriod.Month);

        Assert.Equal(["2026-01", "2026-02", "2026-03"], trend.Select(p => p.Period));
        Assert.Equal([2, 0, 1], trend.Select(p => p.Scores.Responses));
        Assert.Equal([0, (double?)null, 100], trend.Select(p => p.Scores.Nps!.Score));
        Assert.Equal(new DateOnly(2026, 2, 1), trend[1].Start);
    }

    [Fact]
    public void Quarters_are_cut_in_utc_and_labelled_so_they_sort_in_time_order()
    {
        // 1 April 01:00 in Helsinki is still 31 March in UTC: the first quarter.
        ScoredResponse[] responses = [Nps(9, "2026-04-01T01:00:00+03:00"), Nps(5, "2026-04-01T03:00:00Z"), Nps(7, "2025-12-31T23:00:00Z")];

        var trend = SurveyBreakdown.Trend(BuiltInInstruments.NpsKey, responses, TrendPeriod.Quarter);

        Assert.Equal(["2025-Q4", "2026-Q1", "2026-Q2"], trend.Select(p => p.Period));
        Assert.Equal([1, 1, 1], trend.Select(p => p.Scores.Responses));
        Assert.Equal([new DateOnly(2025, 10, 1), new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 1)], trend.Select(p => p.Start));
    }

    [Fact]
    public void A_trend_over_given_dates_spans_them_even_where_no_one_answered()
    {
        var trend = SurveyBreakdown.Trend(BuiltInInstruments.NpsKey, [Nps(9, "2026-05-10T00:00:00Z")], TrendPeriod.Quarter,
            new DateOnly(2026, 2, 14), new DateOnly(2026, 12, 1));

        Assert.Equal(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"], trend.Select(p => p.Period));
        Assert.Equal([0, 1, 0, 0], trend.Select(p => p.Scores.Responses));
        Assert.Empty(SurveyBreakdown.Trend(BuiltInInstruments.NpsKey, [], TrendPeriod.Month));
    }

    [Fact]
    public void A_range_of_centuries_keeps_only_the_latest_periods_a_chart_can_show()
    {
        var trend = SurveyBreakdown.Trend(BuiltInInstruments.NpsKey, [Nps(9, "2026-05-10T00:00:00Z")], TrendPeriod.Month, new DateOnly(1, 1, 1));

        Assert.Equal(SurveyBreakdown.MaximumTrendPoints, trend.Count);
        Assert.Equal(("2006-06", "2026-05", 1), (trend[0].Period, trend[^1].Period, trend[^1].Scores.Responses));
    }

    [Fact]
    public void Scores_follow_the_instrument_and_the_headline_is_its_main_figure()
    {
        Dictionary<string, Answer>[] csat = [new() { ["score"] = new(Number: 5) }, new() { ["score"] = new(Number: 2) }, new() { ["score"] = new(Number: 4) }, new()];
        Dictionary<string, Answer>[] ces = [new() { ["score"] = new(Number: 2) }, new() { ["score"] = new(Number: 5) }];

        var satisfaction = SurveyScores.Of(BuiltInInstruments.CsatKey, csat);
        var effort = SurveyScores.Of(BuiltInInstruments.CesKey, ces);
        var own = SurveyScores.Of(null, csat);

        // Four responses, one without a score: 2 of the 3 scores are 4-5.
        Assert.Equal((4, 3, 2), (satisfaction.Responses, satisfaction.Csat!.Responses, satisfaction.Csat.Satisfied));
        Assert.Equal(200.0 / 3, satisfaction.Headline!.Value, 9);
        Assert.Equal(3.5, effort.Headline);
        Assert.Null(effort.Nps);
        Assert.Equal((4, null), (own.Responses, own.Headline));
    }

    [Fact]
    public void A_servqual_breakdown_gives_each_group_the_gaps_of_its_own_respondents()
    {
        var sample = ServqualFixture.Load();
        var responses = sample.Select(r => new ScoredResponse(AsAnswers(r.Response), DateTimeOffset.UnixEpoch, r.Columns["role"])).ToArray();

        var groups = SurveyBreakdown.By(BuiltInInstruments.ServqualKey, responses);

        foreach (var group in groups)
        {
            var alone = Servqual.Analyze(sample.Where(r => r.Columns["role"] == group.Group).Select(r => r.Response).ToArray());
            Assert.Equal(alone.Gap!.Value, group.Result.Servqual!.Gap!.Value, 12);
            Assert.Equal(alone.Dimensions.Select(d => d.PerceptionReliability.Alpha), group.Result.Servqual.Dimensions.Select(d => d.PerceptionReliability.Alpha));
        }
    }

    private static Dictionary<string, Answer> AsAnswers(ServqualResponse response)
    {
        var answers = new Dictionary<string, Answer>();
        for (var item = 1; item <= ServqualItems.Count; item++)
        {
            if (response.Expectation(item) is { } e)
            {
                answers[ServqualQuestions.ExpectationKey(item)] = new Answer(Number: e);
            }
            if (response.Perception(item) is { } p)
            {
                answers[ServqualQuestions.PerceptionKey(item)] = new Answer(Number: p);
            }
        }
        if (response.Weights is { } weights)
        {
            foreach (var dimension in ServqualItems.Dimensions)
            {
                answers[ServqualQuestions.WeightKey(dimension)] = new Answer(Number: (int)Math.Round(weights[dimension]));
            }
        }
        return answers;
    }
}

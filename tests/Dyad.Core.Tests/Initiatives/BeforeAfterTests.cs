using Dyad.Core.Common;
using Dyad.Core.Initiatives;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Tests.Initiatives;

public class BeforeAfterTests
{
    private static readonly DateOnly BaselineFrom = new(2026, 1, 1);
    private static readonly DateOnly BaselineTo = new(2026, 3, 31);
    private static readonly DateOnly AfterFrom = new(2026, 7, 1);
    private static readonly DateOnly AfterTo = new(2026, 9, 30);

    private static MeasurementPlan Plan(MeasureMetric metric, params string[] questions) =>
        new(metric, Guid.NewGuid(), questions, BaselineFrom, BaselineTo, AfterFrom, AfterTo);

    private static MeasuredResponse Score(DateOnly day, int score, string key = BuiltInInstruments.ScoreQuestion) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 30)), TimeSpan.Zero), new Dictionary<string, Answer> { [key] = new(Number: score) });

    [Fact]
    public void Nps_before_and_after_uses_the_responses_inside_each_window_only()
    {
        MeasuredResponse[] responses =
        [
            // Baseline: 1 promoter, 1 passive, 2 detractors = (1 - 2) / 4 = -25.
            Score(BaselineFrom, 10), Score(new(2026, 2, 10), 7), Score(new(2026, 3, 1), 3), Score(BaselineTo, 6),
            // Between the windows, while the change is implemented: not counted.
            Score(new(2026, 5, 1), 0),
            // After: 3 promoters, 1 detractor = (3 - 1) / 4 = 50.
            Score(AfterFrom, 9), Score(new(2026, 8, 1), 10), Score(new(2026, 8, 2), 9), Score(AfterTo, 5),
            Score(AfterTo.AddDays(1), 0),
        ];

        var result = BeforeAfter.Measure(Plan(MeasureMetric.Nps), responses, []);

        Assert.Equal((4, -25.0), (result.Before.Count, result.Before.Value));
        Assert.Equal((4, 50.0), (result.After.Count, result.After.Value));
        Assert.Equal(75, result.Change);
        Assert.True(result.Improved);
    }

    [Fact]
    public void Csat_is_the_share_of_four_and_five_in_percent()
    {
        MeasuredResponse[] responses = [Score(BaselineFrom, 5), Score(BaselineFrom, 2), Score(AfterFrom, 4), Score(AfterFrom, 5)];

        var result = BeforeAfter.Measure(Plan(MeasureMetric.Csat), responses, []);

        Assert.Equal((50.0, 100.0), (result.Before.Value, result.After.Value));
    }

    [Fact]
    public void Question_average_reads_every_chosen_question()
    {
        MeasuredResponse[] responses = [Score(BaselineFrom, 2, "q1"), Score(BaselineFrom, 4, "q2"), Score(BaselineFrom, 7, "other"), Score(AfterFrom, 5, "q1")];

        var result = BeforeAfter.Measure(Plan(MeasureMetric.QuestionAverage, "q1", "q2"), responses, []);

        Assert.Equal((2, 3.0), (result.Before.Count, result.Before.Value));
        Assert.Equal((1, 5.0), (result.After.Count, result.After.Value));
    }

    [Fact]
    public void Fewer_red_cards_after_is_an_improvement()
    {
        var at = (DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        MeasuredFeedback[] feedback =
        [
            new(at(BaselineFrom), true), new(at(BaselineFrom), true), new(at(BaselineFrom), false), new(at(BaselineFrom), true),
            new(at(AfterFrom), true), new(at(AfterFrom), false), new(at(AfterFrom), false), new(at(AfterFrom), false),
        ];

        var result = BeforeAfter.Measure(Plan(MeasureMetric.NegativeFeedbackShare) with { SurveyId = null }, [], feedback);

        Assert.Equal((75.0, 25.0), (result.Before.Value, result.After.Value));
        Assert.Equal(-50, result.Change);
        Assert.True(result.Improved);
    }

    [Fact]
    public void An_empty_window_leaves_the_change_unknown_rather_than_zero()
    {
        var result = BeforeAfter.Measure(Plan(MeasureMetric.Ces), [Score(BaselineFrom, 5)], []);

        Assert.Equal((0, (double?)null), (result.After.Count, result.After.Value));
        Assert.Null(result.Change);
        Assert.Null(result.Improved);
    }

    [Fact]
    public void Windows_that_overlap_are_refused()
    {
        var plan = Plan(MeasureMetric.Nps) with { AfterFrom = BaselineTo };

        var error = Assert.Throws<DomainValidationException>(() => BeforeAfter.Measure(plan, [], []));

        Assert.Contains("AfterFrom", error.Errors.Keys);
    }
}

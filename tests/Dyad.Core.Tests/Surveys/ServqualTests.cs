using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

public class ServqualTests
{
    [Fact]
    public void An_item_gap_pairs_answers_while_its_means_use_every_answer_on_each_side()
    {
        // Item 1: A gives E 7 / P 4, B only E 5, C only P 6.
        var responses = new[]
        {
            Response(e: 5, p: 5, item1: (7, 4)),
            Response(e: 5, p: 5, item1: (5, null)),
            Response(e: 5, p: 5, item1: (null, 6)),
        };

        var item = Servqual.Analyze(responses).Items[0];

        Assert.Equal(ServqualDimension.Tangibles, item.Dimension);
        Assert.Equal(6, item.Expectation);
        Assert.Equal(5, item.Perception);
        Assert.Equal(-3, item.Gap);
    }

    [Fact]
    public void Dimension_figures_are_means_over_items_and_the_overall_gap_a_mean_over_dimensions()
    {
        var responses = new[] { Response(e: 6, p: 4), Response(e: 6, p: 5) };

        var result = Servqual.Analyze(responses);

        Assert.Equal(2, result.Respondents);
        Assert.All(result.Dimensions, d =>
        {
            Assert.Equal(6, d.Expectation);
            Assert.Equal(4.5, d.Perception);
            Assert.Equal(-1.5, d.Gap);
        });
        Assert.Equal(-1.5, result.Gap);
    }

    [Fact]
    public void An_item_nobody_answered_on_both_sides_leaves_its_dimension_and_the_overall_gap_undefined()
    {
        var responses = new[] { Response(e: 6, p: 4, item1: (7, null)), Response(e: 6, p: 5, item1: (null, 3)) };

        var result = Servqual.Analyze(responses);

        Assert.Null(result.Items[0].Gap);
        Assert.Null(result.Dimensions[(int)ServqualDimension.Tangibles].Gap);
        Assert.Equal(-1.5, result.Dimensions[(int)ServqualDimension.Reliability].Gap);
        Assert.Null(result.Gap);
    }

    [Fact]
    public void Alpha_counts_only_respondents_complete_on_the_dimension_s_items()
    {
        var responses = ServqualFixture.Responses();

        var tangibles = Servqual.Analyze(responses).Dimensions[(int)ServqualDimension.Tangibles];

        // One respondent of the sample skipped E2 and another P3.
        Assert.Equal(39, tangibles.ExpectationReliability.Respondents);
        Assert.Equal(39, tangibles.PerceptionReliability.Respondents);
        Assert.Equal(4, tangibles.ExpectationReliability.CorrectedItemTotal.Count);
    }

    [Fact]
    public void Weights_are_averaged_over_the_respondents_who_gave_them()
    {
        var responses = new[]
        {
            Response(e: 6, p: 5, weights: [10, 30, 20, 20, 20]),
            Response(e: 6, p: 4, weights: [20, 40, 20, 10, 10]),
            Response(e: 5, p: 5),
        };

        var result = Servqual.Analyze(responses);

        Assert.Equal([15, 35, 20, 15, 15], result.Dimensions.Select(d => d.Weight!.Value));
        // Every dimension's gap is (-1 - 2 + 0) / 3 = -1, and the mean weights add up to 100.
        Assert.Equal(-1, result.WeightedGap!.Value, 1e-12);
    }

    [Fact]
    public void Without_weights_the_weighted_gap_is_undefined()
    {
        var result = Servqual.Analyze([Response(e: 6, p: 5)]);

        Assert.All(result.Dimensions, d => Assert.Null(d.Weight));
        Assert.Null(result.WeightedGap);
        Assert.Equal(-1, result.Gap);
    }

    [Fact]
    public void No_responses_give_an_analysis_with_every_figure_undefined()
    {
        var result = Servqual.Analyze([]);

        Assert.Equal(0, result.Respondents);
        Assert.All(result.Items, i => Assert.Null(i.Gap));
        Assert.All(result.Dimensions, d => Assert.Null(d.ExpectationReliability.Alpha));
        Assert.Null(result.Gap);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void An_answer_outside_1_to_7_is_rejected(int answer)
    {
        var answers = Answers(4);
        answers[5] = answer;

        Assert.Throws<ArgumentOutOfRangeException>(() => new ServqualResponse(answers, Answers(4)));
    }

    [Fact]
    public void A_response_has_exactly_22_items()
    {
        Assert.Throws<ArgumentException>(() => new ServqualResponse(Answers(4)[..21], Answers(4)));
    }

    [Theory]
    [InlineData(new double[] { 10, 30, 20, 20, 10 }, "The weights add up to 90; they must add up to 100.")]
    [InlineData(new double[] { -10, 50, 20, 20, 20 }, "The weight of tangibles is -10; weights are points, 0 or more.")]
    public void Weights_must_be_points_that_add_up_to_100(double[] points, string problem)
    {
        var weights = Weights(points);

        Assert.Equal(problem, ServqualWeights.Problem(weights));
        Assert.Throws<ArgumentException>(() => new ServqualWeights(weights));
    }

    [Fact]
    public void Weights_rounded_by_a_survey_tool_are_accepted()
    {
        Assert.Null(ServqualWeights.Problem(Weights([16.67, 16.67, 16.67, 25, 25.1])));
        Assert.Equal("Every dimension needs a weight; empathy has none.",
            ServqualWeights.Problem(Weights([20, 20, 20, 40, 0]).Where(w => w.Key != ServqualDimension.Empathy).ToDictionary()));
    }

    private static int?[] Answers(int value) => Enumerable.Repeat<int?>(value, ServqualItems.Count).ToArray();

    private static Dictionary<ServqualDimension, double> Weights(double[] points) =>
        ServqualItems.Dimensions.ToDictionary(d => d, d => points[(int)d]);

    /// <summary>Every item answered with E = <paramref name="e"/> and P = <paramref name="p"/> except item 1 when given.</summary>
    private static ServqualResponse Response(int e, int p, (int? E, int? P)? item1 = null, double[]? weights = null)
    {
        var expectations = Answers(e);
        var perceptions = Answers(p);
        if (item1 is { } first)
        {
            (expectations[0], perceptions[0]) = first;
        }
        return new ServqualResponse(expectations, perceptions, weights is null ? null : new ServqualWeights(Weights(weights)));
    }
}

using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

public class NpsTests
{
    [Fact]
    public void Ten_answers_with_five_promoters_and_three_detractors_score_20_with_the_formula_margin()
    {
        int[] scores = [10, 9, 9, 10, 9, 8, 7, 6, 3, 0];

        var result = Nps.Of(scores);

        Assert.Equal((10, 5, 2, 3), (result.Responses, result.Promoters, result.Passives, result.Detractors));
        Assert.Equal(20, result.Score);
        // variance = (0.5 + 0.3 - 0.2^2) / 10 = 0.076; margin = 1.96 x sqrt(0.076) x 100, about 54.03 points.
        Assert.Equal(1.96 * Math.Sqrt(0.076) * 100, result.MarginOfError!.Value, 9);
        Assert.Equal(54.0335, result.MarginOfError.Value, 4);
    }

    [Theory]
    [InlineData(0, "detractor")]
    [InlineData(6, "detractor")]
    [InlineData(7, "passive")]
    [InlineData(8, "passive")]
    [InlineData(9, "promoter")]
    [InlineData(10, "promoter")]
    public void Answers_fall_into_promoters_passives_and_detractors_at_the_brief_s_boundaries(int score, string expected)
    {
        var result = Nps.Of([score]);

        var group = (result.Promoters, result.Passives, result.Detractors) switch
        {
            (1, 0, 0) => "promoter",
            (0, 1, 0) => "passive",
            (0, 0, 1) => "detractor",
            _ => "counted twice",
        };
        Assert.Equal(expected, group);
    }

    [Fact]
    public void Only_promoters_score_100_with_no_margin_of_error()
    {
        var result = Nps.Of([9, 10, 10, 9]);

        Assert.Equal(100, result.Score);
        Assert.Equal(0, result.MarginOfError);
    }

    [Fact]
    public void Only_detractors_score_minus_100_with_no_margin_of_error()
    {
        var result = Nps.Of([0, 6, 3]);

        Assert.Equal(-100, result.Score);
        Assert.Equal(0, result.MarginOfError);
    }

    [Fact]
    public void Only_passives_score_0_with_no_margin_of_error()
    {
        var result = Nps.Of([7, 8]);

        Assert.Equal(0, result.Score);
        Assert.Equal(0, result.MarginOfError);
    }

    [Fact]
    public void No_answers_leave_the_score_and_its_margin_undefined_rather_than_zero()
    {
        Assert.Equal(new NpsResult(0, 0, 0, 0, null, null), Nps.Of([]));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void A_score_outside_0_to_10_is_rejected(int score)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Of([9, score]));

        Assert.Contains("NPS answers run from 0 to 10", error.Message);
    }
}

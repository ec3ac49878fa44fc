using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

public class CesTests
{
    [Fact]
    public void Ces_gives_the_mean_and_sample_standard_deviation_of_the_answers()
    {
        var result = Ces.Of([1, 2, 3, 4, 5, 6, 7]);

        Assert.Equal(7, result.Responses);
        Assert.Equal(4, result.Mean);
        // Squared deviations 9 + 4 + 1 + 0 + 1 + 4 + 9 = 28 over n - 1 = 6.
        Assert.Equal(Math.Sqrt(28.0 / 6), result.StandardDeviation!.Value, 12);
    }

    [Fact]
    public void One_answer_has_a_mean_but_no_standard_deviation()
    {
        Assert.Equal(new CesResult(1, 5, null), Ces.Of([5]));
    }

    [Fact]
    public void No_answers_leave_mean_and_deviation_undefined()
    {
        Assert.Equal(new CesResult(0, null, null), Ces.Of([]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void A_rating_outside_1_to_7_is_rejected(int rating)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ces.Of([4, rating]));
    }
}

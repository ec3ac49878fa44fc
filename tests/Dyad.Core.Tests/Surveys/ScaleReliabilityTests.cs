using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

public class ScaleReliabilityTests
{
    [Fact]
    public void Two_items_give_alpha_and_item_rest_correlations_checkable_by_hand()
    {
        // x = 1 2 3 4, y = 2 2 4 4: var x = 5/3, var y = 4/3, cov = 4/3, var(x + y) = 17/3,
        // alpha = 2 x (1 - 3 / (17/3)) = 16/17; each item's rest is the other item, r = (4/3) / sqrt(20/9).
        double[][] rows = [[1, 2], [2, 2], [3, 4], [4, 4]];

        var result = ScaleReliability.Of(rows, items: 2);

        Assert.Equal(4, result.Respondents);
        Assert.Equal(16.0 / 17, result.Alpha!.Value, 1e-12);
        Assert.All(result.CorrectedItemTotal, r => Assert.Equal(4 / Math.Sqrt(20), r!.Value, 1e-12));
    }

    [Fact]
    public void Items_that_always_agree_are_perfectly_reliable()
    {
        double[][] rows = [[1, 1, 1], [4, 4, 4], [6, 6, 6]];

        var result = ScaleReliability.Of(rows, items: 3);

        Assert.Equal(1, result.Alpha!.Value, 1e-12);
        Assert.All(result.CorrectedItemTotal, r => Assert.Equal(1, r!.Value, 1e-12));
    }

    [Fact]
    public void One_respondent_or_answers_without_variance_leave_reliability_undefined()
    {
        var single = ScaleReliability.Of([[5.0, 6.0, 7.0]], items: 3);
        var flat = ScaleReliability.Of([[5.0, 5.0], [5.0, 5.0], [5.0, 5.0]], items: 2);
        var none = ScaleReliability.Of([], items: 4);

        Assert.Null(single.Alpha);
        Assert.All(single.CorrectedItemTotal, Assert.Null);
        Assert.Null(flat.Alpha);
        Assert.All(flat.CorrectedItemTotal, Assert.Null);
        Assert.Equal(0, none.Respondents);
        Assert.Null(none.Alpha);
        Assert.Equal(4, none.CorrectedItemTotal.Count);
    }

    [Fact]
    public void Every_respondent_must_answer_every_item()
    {
        Assert.Throws<ArgumentException>(() => ScaleReliability.Of([[1.0, 2.0], [3.0]], items: 2));
    }
}

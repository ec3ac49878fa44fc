using Dyad.Core.Dashboards;

namespace Dyad.Core.Tests.Dashboards;

public class MarginOfErrorTests
{
    [Fact]
    public void Csat_of_40_satisfied_of_50_has_a_margin_of_11_points()
    {
        // p = 0.8; sqrt(0.8 x 0.2 / 50) = sqrt(0.0032) = 0.0565685; x 1.96 = 0.1108743.
        Assert.Equal(0.110874, MarginOfError.Proportion(40, 50)!.Value, 6);
    }

    [Fact]
    public void Ces_mean_of_25_answers_with_deviation_1_5_has_a_margin_of_0_588()
    {
        // 1.96 x 1.5 / sqrt(25) = 1.96 x 0.3 = 0.588.
        Assert.Equal(0.588, MarginOfError.Mean(1.5, 25)!.Value, 9);
    }

    [Fact]
    public void Without_answers_or_a_deviation_there_is_no_margin()
    {
        Assert.Null(MarginOfError.Proportion(0, 0));
        Assert.Null(MarginOfError.Mean(null, 1));
    }

    [Fact]
    public void Everyone_satisfied_gives_a_zero_margin_by_the_normal_approximation()
    {
        Assert.Equal(0, MarginOfError.Proportion(12, 12));
    }
}

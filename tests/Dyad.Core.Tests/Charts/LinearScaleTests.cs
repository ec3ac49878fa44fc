using Dyad.Core.Charts;

namespace Dyad.Core.Tests.Charts;

public class LinearScaleTests
{
    [Fact]
    public void An_nps_axis_from_minus_12_to_47_runs_from_minus_20_to_60_in_steps_of_20()
    {
        var scale = LinearScale.Nice([-12, 47, 30], rangeStart: 200, rangeEnd: 0, maximumTicks: 5);

        Assert.Equal([-20, 0, 20, 40, 60], scale.Ticks());
        Assert.Equal(200, scale.Map(-20));
        Assert.Equal(0, scale.Map(60));
        Assert.Equal(150, scale.Map(0));
    }

    [Fact]
    public void Values_outside_the_domain_are_held_at_its_edge()
    {
        var scale = new LinearScale(0, 10, 2, 0, 100);

        Assert.Equal(0, scale.Map(-5));
        Assert.Equal(100, scale.Map(15));
        Assert.Equal(35, scale.Map(3.5));
    }

    [Fact]
    public void Gaps_below_zero_keep_zero_on_the_axis_when_asked()
    {
        var scale = LinearScale.Nice([-1.3, -0.4], 0, 100, includeZero: true);

        Assert.Contains(0, scale.Ticks());
        Assert.True(scale.Minimum <= -1.3);
        Assert.Equal(0, scale.Maximum);
    }

    [Theory]
    [InlineData(0.13, 0.2)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(20, 20)]
    [InlineData(0, 1)]
    public void Steps_are_1_2_or_5_times_a_power_of_ten(double rough, double step) =>
        Assert.Equal(step, LinearScale.NiceStep(rough), 9);

    [Fact]
    public void One_value_or_none_still_gives_an_axis_with_room_around_it()
    {
        var single = LinearScale.Nice([4], 0, 100);
        var none = LinearScale.Nice([], 0, 100);

        Assert.True(single.Minimum < 4 && single.Maximum > 4);
        Assert.Equal((0, 1), (none.Minimum, none.Maximum));
    }

    [Fact]
    public void Ticks_are_rounded_so_decimal_steps_read_cleanly()
    {
        var scale = new LinearScale(0, 0.6, 0.1, 0, 100);

        Assert.Equal([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6], scale.Ticks());
    }
}

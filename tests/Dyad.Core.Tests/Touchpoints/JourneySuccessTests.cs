using Dyad.Core.Touchpoints;

namespace Dyad.Core.Tests.Touchpoints;

public class JourneySuccessTests
{
    [Fact]
    public void Journey_success_is_the_product_of_touchpoint_success_rates()
    {
        // 004 Figure 2: kick-off meeting 95 %, document delivery 90 %, factory visit 70 %.
        Assert.Equal(0.5985m, JourneySuccess.Of([0.95m, 0.90m, 0.70m]));
    }

    [Fact]
    public void Unmeasured_touchpoints_do_not_count_towards_journey_success()
    {
        Assert.Equal(0.5985m, JourneySuccess.Of([0.95m, null, 0.90m, 0.70m, null]));
    }

    [Fact]
    public void A_journey_without_measured_touchpoints_has_no_success_yet()
    {
        Assert.Null(JourneySuccess.Of([null, null]));
        Assert.Null(JourneySuccess.Of([]));
    }

    [Fact]
    public void The_weakest_link_is_the_measured_touchpoint_with_the_lowest_rate()
    {
        var touchpoints = new (string Name, decimal? Rate)[]
        {
            ("kick-off meeting", 0.95m), ("factory visit", 0.70m), ("site survey", null), ("document delivery", 0.90m),
        };

        var weakest = JourneySuccess.WeakestLink(touchpoints.Select(t => new Named(t.Name, t.Rate)), t => t.Rate);

        Assert.Equal("factory visit", weakest?.Name);
    }

    private sealed record Named(string Name, decimal? Rate);
}

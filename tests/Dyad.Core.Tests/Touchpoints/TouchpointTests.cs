using Dyad.Core.Common;
using Dyad.Core.Journeys;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Tests.Touchpoints;

public class TouchpointTests
{
    private static readonly JourneyTemplate OrderDelivery =
        BuiltInJourneyTemplates.CreateFor(Guid.NewGuid()).Single(t => t.Name == BuiltInJourneyTemplates.OrderDelivery);

    private static readonly Journey Journey = new(Guid.NewGuid(), OrderDelivery, "Crusher line", "Laura Niemi", DateTimeOffset.UtcNow);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(95)]
    public void A_success_rate_outside_zero_to_one_is_refused(double rate)
    {
        var details = Visit((decimal)rate);

        var error = Assert.Throws<DomainValidationException>(() => new Touchpoint(Journey, OrderDelivery, details));

        Assert.Contains(nameof(TouchpointDetails.SuccessRate), error.Errors.Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.7)]
    [InlineData(1)]
    public void A_success_rate_from_zero_to_one_is_kept(double rate)
    {
        var touchpoint = new Touchpoint(Journey, OrderDelivery, Visit((decimal)rate));

        Assert.Equal((decimal)rate, touchpoint.SuccessRate);
    }

    [Fact]
    public void A_touchpoint_cannot_sit_in_a_phase_the_template_lacks()
    {
        var error = Assert.Throws<DomainValidationException>(() => new Touchpoint(Journey, OrderDelivery, Visit(0.7m) with { Phase = 6 }));

        Assert.Contains(nameof(Touchpoint.Phase), error.Errors.Keys);
    }

    private static TouchpointDetails Visit(decimal successRate) =>
        new("Factory visit", 4, Channel.Visit, EncounterType.Service, TouchpointController.Supplier, Visibility.Frontstage,
            SuccessRate: successRate);
}

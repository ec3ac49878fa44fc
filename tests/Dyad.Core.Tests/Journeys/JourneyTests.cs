using Dyad.Core.Common;
using Dyad.Core.Journeys;

namespace Dyad.Core.Tests.Journeys;

public class JourneyTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly JourneyTemplate _template =
        BuiltInJourneyTemplates.CreateFor(Guid.NewGuid()).Single(t => t.Name == BuiltInJourneyTemplates.OrderDelivery);

    [Fact]
    public void A_journey_starts_in_its_first_phase_with_one_history_entry()
    {
        var journey = NewJourney();

        Assert.Equal(1, journey.CurrentPhase);
        var start = Assert.Single(journey.History);
        Assert.Null(start.FromPhase);
        Assert.Equal(1, start.ToPhase);
        Assert.False(start.IsStepBack);
    }

    [Fact]
    public void A_journey_can_move_back_a_phase_and_the_history_keeps_both_moves()
    {
        var journey = NewJourney();

        journey.MoveTo(_template, 4, "Laura Niemi", Start.AddDays(60), "FAT scheduled");
        journey.MoveTo(_template, 3, "Laura Niemi", Start.AddDays(65), "FAT found a defect; back to manufacturing");

        Assert.Equal(3, journey.CurrentPhase);
        var history = journey.HistoryInOrder;
        Assert.Equal(3, history.Count);
        Assert.Equal((1, 4, false), (history[1].FromPhase, history[1].ToPhase, history[1].IsStepBack));
        Assert.Equal((4, 3, true), (history[2].FromPhase, history[2].ToPhase, history[2].IsStepBack));
        Assert.Equal("FAT found a defect; back to manufacturing", history[2].Note);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Moving_to_a_phase_the_template_lacks_is_refused(int phase)
    {
        var journey = NewJourney();

        var error = Assert.Throws<DomainValidationException>(() => journey.MoveTo(_template, phase, "Laura Niemi", Start.AddDays(1)));

        Assert.Contains("Phase", error.Errors.Keys);
        Assert.Equal(1, journey.CurrentPhase);
        Assert.Single(journey.History);
    }

    [Fact]
    public void Moving_to_the_current_phase_is_refused()
    {
        var journey = NewJourney();

        Assert.Throws<DomainValidationException>(() => journey.MoveTo(_template, 1, "Laura Niemi", Start.AddDays(1)));
    }

    [Fact]
    public void A_journey_cannot_start_in_a_phase_the_template_lacks()
    {
        Assert.Throws<DomainValidationException>(() =>
            new Journey(Guid.NewGuid(), _template, "Crusher line", "Laura Niemi", Start, startPhase: 6));
    }

    private Journey NewJourney() => new(Guid.NewGuid(), _template, "Crusher line", "Laura Niemi", Start);
}

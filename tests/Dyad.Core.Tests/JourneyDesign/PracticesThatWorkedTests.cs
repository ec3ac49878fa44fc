using Dyad.Core.Events;
using Dyad.Core.JourneyDesign;
using Dyad.Core.Practices;

namespace Dyad.Core.Tests.JourneyDesign;

public class PracticesThatWorkedTests
{
    [Fact]
    public void Only_facilitating_practices_of_events_that_improved_the_experience_count_most_often_first()
    {
        var improved = new ExperienceChange(ExperienceState.Unsettled, ExperienceState.Restored);
        var worsened = new ExperienceChange(ExperienceState.Stable, ExperienceState.Destroyed);
        PracticeInEvent[] uses =
        [
            new("Empathize with the customer", PracticePolarity.Facilitating, improved),
            new("Empathize with the customer", PracticePolarity.Facilitating, improved),
            new("Take decisive action", PracticePolarity.Facilitating, improved),
            new("Take decisive action", PracticePolarity.Facilitating, worsened),
            new("Communicating slowly", PracticePolarity.Destructing, improved),
            new("Manage expectations", PracticePolarity.Facilitating, new ExperienceChange(ExperienceState.Stable, ExperienceState.Stable)),
        ];

        Assert.Equal([new PracticeThatWorked("Empathize with the customer", 2), new PracticeThatWorked("Take decisive action", 1)],
            PracticesThatWorked.Of(uses));
    }
}

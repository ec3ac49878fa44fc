using Dyad.Core.Events;
using Dyad.Core.Practices;

namespace Dyad.Core.JourneyDesign;

/// <summary>One practice the provider used in one critical event, with what the event did to the experience.</summary>
public sealed record PracticeInEvent(string Practice, PracticePolarity Polarity, ExperienceChange Experience);

/// <summary>A practice that improved the experience at a touchpoint or in a phase, and in how many events it did.</summary>
public sealed record PracticeThatWorked(string Practice, int Events);

public static class PracticesThatWorked
{
    /// <summary>
    /// The practices used in events that left the customer's experience better than before (000: restored or bolstered),
    /// most often first. A practice in an event that worsened or kept the experience did not work, and a destructing one
    /// (001: acting avoidantly, ...) never works, even when others repaired the damage in the same event.
    /// </summary>
    public static IReadOnlyList<PracticeThatWorked> Of(IEnumerable<PracticeInEvent> uses) =>
        uses.Where(Worked)
            .GroupBy(u => u.Practice, StringComparer.Ordinal)
            .Select(g => new PracticeThatWorked(g.Key, g.Count()))
            .OrderByDescending(p => p.Events).ThenBy(p => p.Practice, StringComparer.Ordinal)
            .ToList();

    /// <summary>Whether this use of a practice worked: a facilitating practice in an event that improved the experience.</summary>
    public static bool Worked(PracticeInEvent use) => use.Experience.Improved && use.Polarity == PracticePolarity.Facilitating;
}

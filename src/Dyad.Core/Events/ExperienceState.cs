namespace Dyad.Core.Events;

/// <summary>
/// The customer's service experience (CSE) as the sources describe it around a critical event, from worst
/// to best. The values are ordinal, so states compare; they start at 1 so an unset state is not "destroyed".
/// </summary>
public enum ExperienceState
{
    /// <summary>Broken by what the provider did (001's destructing activities).</summary>
    Destroyed = 1,

    /// <summary>Altered or in question: doubt, friction, insecurity.</summary>
    Unsettled = 2,

    /// <summary>The customer doubts the provider and holds back.</summary>
    Sceptical = 3,

    /// <summary>Steady, nothing in question.</summary>
    Stable = 4,

    /// <summary>Back in order after a disturbance, or secured against it.</summary>
    Restored = 5,

    /// <summary>Expectations exceeded: the customer is positively surprised.</summary>
    Surpassed = 6,
}

public static class ExperienceStates
{
    public static bool IsBetterThan(this ExperienceState state, ExperienceState other) => state > other;

    public static bool IsWorseThan(this ExperienceState state, ExperienceState other) => state < other;
}

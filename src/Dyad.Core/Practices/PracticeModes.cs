namespace Dyad.Core.Practices;

/// <summary>How the provider organizes a practice (000 section 4.2).</summary>
public enum ModeOfOrganization
{
    /// <summary>Done spontaneously, with no routine for dealing with the event.</summary>
    AdHoc,

    /// <summary>Embedded in and supported by the provider's procedures.</summary>
    Regular,
}

/// <summary>How the provider engages the customer with a practice (000 section 4.2).</summary>
public enum ModeOfEngagement
{
    /// <summary>Prompt, adequate help with what the customer brings up.</summary>
    Reactive,

    /// <summary>Support the provider initiates, working out solutions with and for the customer.</summary>
    Proactive,
}

/// <summary>What a practice does to the customer's service experience; it follows from the mode of engagement.</summary>
public enum PracticeEffect
{
    /// <summary>Repairs or stabilizes the experience and returns it to its normal order.</summary>
    Restore,

    /// <summary>Lifts the experience beyond its normal order, up to delight.</summary>
    Bolster,
}

/// <summary>
/// The four quadrants of the circumplex (000 Figure 1): mode of organization on the X axis, mode of
/// engagement on the Y axis. The paper names only the two half-moons (restoring below, bolstering above),
/// not the quadrants, so they are named after their modes as section 4.2 describes them
/// ("ad hoc practices with reactive engagement", "regular practices with proactive engagement", ...).
/// </summary>
public enum CircumplexQuadrant
{
    AdHocReactive,
    RegularReactive,
    AdHocProactive,
    RegularProactive,
}

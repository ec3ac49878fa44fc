namespace Dyad.Core.Touchpoints;

/// <summary>Who can determine what happens at a touchpoint (003 Table 2).</summary>
public enum TouchpointController
{
    Supplier,
    Partner,
    Customer,
    External,
}

/// <summary>Which side of a service blueprint's line of visibility the touchpoint lies on (004 Table 2).</summary>
public enum Visibility
{
    Frontstage,
    Backstage,
}

public enum Channel
{
    Email,
    Phone,
    Meeting,
    Portal,
    Document,
    Visit,
    Training,
    Website,
    Event,
    Other,
}

public enum EncounterType
{
    Service,
    Communication,
    Usage,
}

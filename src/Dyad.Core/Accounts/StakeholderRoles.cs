namespace Dyad.Core.Accounts;

/// <summary>Where a stakeholder sits in the customer's hierarchy.</summary>
public enum HierarchyLevel
{
    Operational,
    Middle,
    Senior,
    Board,
}

/// <summary>The stakeholder's part in the customer's buying centre.</summary>
public enum BuyingCentreRole
{
    DecisionMaker,
    Buyer,
    User,
    Influencer,
    Gatekeeper,
    Specifier,
}

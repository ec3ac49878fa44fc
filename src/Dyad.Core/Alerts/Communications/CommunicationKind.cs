namespace Dyad.Core.Alerts.Communications;

/// <summary>
/// The interactions with a customer that the warning signs of experience destruction are read from (000, 001: managing
/// uncoordinatedly, communicating slowly, selling opportunistically and insistently).
/// </summary>
public enum CommunicationKind
{
    /// <summary>A customer's question, answered or still waiting.</summary>
    Question,

    /// <summary>Something the provider promised one stakeholder.</summary>
    Commitment,

    /// <summary>Another stakeholder disputing a commitment: they were told otherwise, or know nothing of it.</summary>
    Contradiction,

    /// <summary>A meeting, with who was planned to attend for the provider and who did.</summary>
    Meeting,

    /// <summary>A cost added to (or taken off) what the customer pays.</summary>
    CostChange,

    /// <summary>The provider pushing a sale.</summary>
    SalesPush,

    /// <summary>The customer saying no to an offer.</summary>
    CustomerNo,
}

namespace Dyad.Core.Practices;

/// <summary>Whether a practice builds the customer's service experience up or wears it down (001 Table 1).</summary>
public enum PracticePolarity
{
    Facilitating,
    Destructing,
}

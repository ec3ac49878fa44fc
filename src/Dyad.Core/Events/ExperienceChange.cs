using Dyad.Core.Common;

namespace Dyad.Core.Events;

/// <summary>
/// The customer's service experience before and after a critical event. A destroyed experience can be
/// "beyond repair" when the customer turns to another provider (001 case 4.4); only a destroyed one can.
/// </summary>
public sealed record ExperienceChange
{
    public ExperienceChange(ExperienceState before, ExperienceState after, bool beyondRepair = false)
    {
        var errors = new FieldErrors()
            .Defined(nameof(Before), before, "Experience before")
            .Defined(nameof(After), after, "Experience after");
        if (beyondRepair && after != ExperienceState.Destroyed)
        {
            errors.Add(nameof(BeyondRepair), "Only a destroyed experience can be beyond repair.");
        }
        errors.ThrowIfAny();
        Before = before;
        After = after;
        BeyondRepair = beyondRepair;
    }

    public ExperienceState Before { get; }
    public ExperienceState After { get; }

    /// <summary>The customer has given up on the provider and looks elsewhere.</summary>
    public bool BeyondRepair { get; }

    public bool Improved => After.IsBetterThan(Before);
    public bool Worsened => After.IsWorseThan(Before);
}

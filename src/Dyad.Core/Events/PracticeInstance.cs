using Dyad.Core.Common;
using Dyad.Core.Practices;

namespace Dyad.Core.Events;

/// <summary>
/// A practice as used in one critical event. Its modes may be unknown (the coding does not always say how
/// the practice was done); when known, they fix its effect and quadrant.
/// </summary>
public sealed class PracticeInstance
{
    public PracticeInstance(PracticeDefinition practice, PracticeMode? mode = null)
    {
        // The circumplex types only the practices that manage the experience; restoring or bolstering
        // says nothing about one that wears it down, so destructing practices carry no modes.
        if (mode is not null && practice.Polarity == PracticePolarity.Destructing)
        {
            throw DomainValidationException.For(nameof(Mode), $"'{practice.Name}' destructs the experience, so it has no mode of organization or engagement.");
        }
        Practice = practice;
        Mode = mode;
    }

    public PracticeDefinition Practice { get; }
    public PracticeMode? Mode { get; }

    public PracticePolarity Polarity => Practice.Polarity;
    public PracticeEffect? Effect => Mode?.Effect;
    public CircumplexQuadrant? Quadrant => Mode?.Quadrant;

    public override string ToString() => Mode is { } mode ? $"{Practice.Name} ({mode})" : Practice.Name;
}

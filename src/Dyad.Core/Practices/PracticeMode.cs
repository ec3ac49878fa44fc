using Dyad.Core.Common;

namespace Dyad.Core.Practices;

/// <summary>
/// The two modes of one use of a practice. Its effect and quadrant are derived, never chosen: 000 finds
/// that reactive engagement restores the experience and proactive engagement bolsters it.
/// </summary>
public readonly record struct PracticeMode
{
    public PracticeMode(ModeOfOrganization organization, ModeOfEngagement engagement)
    {
        new FieldErrors()
            .Defined(nameof(Organization), organization, "Mode of organization")
            .Defined(nameof(Engagement), engagement, "Mode of engagement")
            .ThrowIfAny();
        Organization = organization;
        Engagement = engagement;
    }

    public ModeOfOrganization Organization { get; }
    public ModeOfEngagement Engagement { get; }

    public PracticeEffect Effect => EffectOf(Engagement);

    public CircumplexQuadrant Quadrant => (Organization, Engagement) switch
    {
        (ModeOfOrganization.AdHoc, ModeOfEngagement.Reactive) => CircumplexQuadrant.AdHocReactive,
        (ModeOfOrganization.Regular, ModeOfEngagement.Reactive) => CircumplexQuadrant.RegularReactive,
        (ModeOfOrganization.AdHoc, ModeOfEngagement.Proactive) => CircumplexQuadrant.AdHocProactive,
        _ => CircumplexQuadrant.RegularProactive,
    };

    public static PracticeEffect EffectOf(ModeOfEngagement engagement) => engagement switch
    {
        ModeOfEngagement.Reactive => PracticeEffect.Restore,
        ModeOfEngagement.Proactive => PracticeEffect.Bolster,
        _ => throw new ArgumentOutOfRangeException(nameof(engagement), engagement, "Unknown mode of engagement."),
    };

    public override string ToString() => $"{Organization.ToLabel()} - {Engagement.ToLabel()}";
}

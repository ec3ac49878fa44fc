using Dyad.Core.Common;
using Dyad.Core.Practices;

namespace Dyad.Core.Events;

/// <summary>
/// A practice the provider used in an event, with its modes. Its effect, restore or bolster, follows from
/// the mode of engagement (000) and is never entered.
/// </summary>
public sealed class EventPractice : IWorkspaceOwned
{
    private EventPractice() { }

    public EventPractice(CriticalEvent criticalEvent, Practice practice, ModeOfOrganization? organization, ModeOfEngagement? engagement)
    {
        Id = Guid.NewGuid();
        WorkspaceId = criticalEvent.WorkspaceId;
        EventId = criticalEvent.Id;
        PracticeId = practice.Id;
        SetModes(practice, organization, engagement);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid EventId { get; private set; }
    public Guid PracticeId { get; private set; }
    public ModeOfOrganization? Organization { get; private set; }
    public ModeOfEngagement? Engagement { get; private set; }

    public PracticeMode? Mode => Organization is { } organization && Engagement is { } engagement
        ? new PracticeMode(organization, engagement)
        : null;

    public PracticeEffect? Effect => Engagement is { } engagement ? PracticeMode.EffectOf(engagement) : null;

    public void SetModes(Practice practice, ModeOfOrganization? organization, ModeOfEngagement? engagement)
    {
        if (practice.Id != PracticeId)
        {
            throw new InvalidOperationException("Modes are checked against the instance's own practice.");
        }
        if ((organization is null) != (engagement is null))
        {
            throw DomainValidationException.For(nameof(Engagement), "Give both modes, organization and engagement, or neither.");
        }
        // PracticeInstance holds the rule that destructing practices carry no modes.
        _ = new PracticeInstance(practice.ToDefinition(),
            organization is { } o && engagement is { } e ? new PracticeMode(o, e) : null);
        Organization = organization;
        Engagement = engagement;
    }
}

using Dyad.Core.Common;
using Dyad.Core.Journeys;

namespace Dyad.Core.Events;

/// <summary>
/// An occurrence that altered the customer's service experience and made both parties act (000). Its case
/// id, <c>phase.sequence</c> as in 001 Table 2, is given when it is logged and follows it into another phase.
/// </summary>
public sealed class CriticalEvent : IWorkspaceOwned
{
    private readonly List<EventParticipant> _participants = [];

    private CriticalEvent() { }

    public CriticalEvent(Guid accountId, Journey journey, JourneyTemplate template, CriticalEventDetails details, int sequence, DateTimeOffset loggedAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = journey.WorkspaceId;
        AccountId = accountId;
        LoggedAt = loggedAt;
        Update(journey, template, details, sequence);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid JourneyId { get; private set; }

    /// <summary>The journey's template, kept here so case ids are unique per template and phase.</summary>
    public Guid TemplateId { get; private set; }

    public int Phase { get; private set; }
    public int Sequence { get; private set; }
    public string CaseId => $"{Phase}.{Sequence}";
    public DateOnly OccurredOn { get; private set; }
    public DateTimeOffset LoggedAt { get; private set; }
    public Guid? TouchpointId { get; private set; }
    public string Title { get; private set; } = "";
    public string WhatHappened { get; private set; } = "";
    public string? ProviderAction { get; private set; }
    public string? CustomerReaction { get; private set; }
    public string? Outcome { get; private set; }
    public ExperienceState StateBefore { get; private set; }
    public ExperienceState StateAfter { get; private set; }
    public bool BeyondRepair { get; private set; }

    /// <summary>The provider's people involved, by name (they need not be Dyad users).</summary>
    public string? ProviderStaff { get; private set; }

    public IReadOnlyCollection<EventParticipant> Participants => _participants;

    public ExperienceChange Experience => new(StateBefore, StateAfter, BeyondRepair);

    /// <param name="sequence">The next free sequence in the event's phase; used only when the phase is new.</param>
    public void Update(Journey journey, JourneyTemplate template, CriticalEventDetails details, int sequence)
    {
        var errors = details.Validate();
        if (journey.Id != details.JourneyId || template.Id != journey.TemplateId || journey.AccountId != AccountId)
        {
            errors.Add(nameof(details.JourneyId), "The journey must be one of this account's journeys.");
        }
        if (!template.HasPhase(details.Phase))
        {
            errors.Add(nameof(details.Phase), $"Phase must be between 1 and {template.Phases.Count} for the template '{template.Name}'.");
        }
        errors.ThrowIfAny();

        if (Phase != details.Phase || TemplateId != template.Id)
        {
            Sequence = sequence;
        }
        JourneyId = journey.Id;
        TemplateId = template.Id;
        Phase = details.Phase;
        OccurredOn = details.OccurredOn;
        TouchpointId = details.TouchpointId;
        Title = details.Title.Trim();
        WhatHappened = details.WhatHappened.Trim();
        ProviderAction = Blank.ToNull(details.ProviderAction);
        CustomerReaction = Blank.ToNull(details.CustomerReaction);
        Outcome = Blank.ToNull(details.Outcome);
        StateBefore = details.StateBefore;
        StateAfter = details.StateAfter;
        BeyondRepair = details.BeyondRepair;
        ProviderStaff = Blank.ToNull(details.ProviderStaff);
        var stakeholders = (details.StakeholderIds ?? []).Distinct().ToHashSet();
        _participants.RemoveAll(p => !stakeholders.Contains(p.StakeholderId));
        foreach (var id in stakeholders.Where(id => _participants.All(p => p.StakeholderId != id)))
        {
            _participants.Add(new EventParticipant(this, id));
        }
    }
}

/// <summary>A stakeholder of the customer who took part in an event.</summary>
public sealed class EventParticipant : IWorkspaceOwned
{
    private EventParticipant() { }

    internal EventParticipant(CriticalEvent criticalEvent, Guid stakeholderId)
    {
        Id = Guid.NewGuid();
        WorkspaceId = criticalEvent.WorkspaceId;
        EventId = criticalEvent.Id;
        StakeholderId = stakeholderId;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid EventId { get; private set; }
    public Guid StakeholderId { get; private set; }
}

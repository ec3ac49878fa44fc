using Dyad.Core.Common;

namespace Dyad.Core.Journeys;

/// <summary>One entry of a journey's phase history; a journey may go back as well as forward.</summary>
public sealed class JourneyPhaseChange : IWorkspaceOwned
{
    private JourneyPhaseChange() { }

    internal JourneyPhaseChange(Journey journey, int? fromPhase, int toPhase, string changedBy, DateTimeOffset changedAt, string? note)
    {
        Id = Guid.NewGuid();
        WorkspaceId = journey.WorkspaceId;
        JourneyId = journey.Id;
        FromPhase = fromPhase;
        ToPhase = toPhase;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        Note = Blank.ToNull(note);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid JourneyId { get; private set; }

    /// <summary>Empty for the entry that starts the journey.</summary>
    public int? FromPhase { get; private set; }

    public int ToPhase { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }
    public string? Note { get; private set; }

    public bool IsStepBack => FromPhase > ToPhase;
}

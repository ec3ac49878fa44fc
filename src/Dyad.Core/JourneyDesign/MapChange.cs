namespace Dyad.Core.JourneyDesign;

public enum MapChangeKind
{
    PhaseAdded,
    PhaseRemoved,
    PhaseRenamed,
    PhaseLeadChanged,
    TouchpointAdded,
    TouchpointRemoved,
    TouchpointRenamed,
    TouchpointMoved,
    ChannelChanged,
    ControllerChanged,
    LaneChanged,
    OwnerChanged,
}

/// <summary>
/// One difference between the current and the target-state map. <see cref="Subject"/> names the phase or touchpoint
/// as the target state has it (as the current state has it when removed); <see cref="From"/> and <see cref="To"/> are the
/// values that differ, absent where the change has none (a touchpoint added has no "from").
/// </summary>
public sealed record MapChange(MapChangeKind Kind, string Subject, string? From, string? To, int? Phase = null, Guid? TouchpointKey = null)
{
    public string Description => Kind switch
    {
        MapChangeKind.PhaseAdded => $"Phase {Phase} '{Subject}' added",
        MapChangeKind.PhaseRemoved => $"Phase {Phase} '{Subject}' removed",
        MapChangeKind.PhaseRenamed => $"Phase {Phase} renamed from '{From}' to '{To}'",
        MapChangeKind.PhaseLeadChanged => $"Phase {Phase} '{Subject}' led by {From ?? "nobody named"} → {To ?? "nobody named"}",
        MapChangeKind.TouchpointAdded => $"'{Subject}' added in phase {Phase}",
        MapChangeKind.TouchpointRemoved => $"'{Subject}' removed from phase {Phase}",
        MapChangeKind.TouchpointRenamed => $"'{From}' renamed to '{To}'",
        MapChangeKind.TouchpointMoved => $"'{Subject}' moved from phase {From} to phase {To}",
        MapChangeKind.ChannelChanged => $"'{Subject}' channel {From} → {To}",
        MapChangeKind.ControllerChanged => $"'{Subject}' controlled by {From} → {To}",
        MapChangeKind.LaneChanged => $"'{Subject}' moved from {From} to {To}",
        MapChangeKind.OwnerChanged => $"'{Subject}' owner {From ?? "none"} → {To ?? "none"}",
        _ => Kind.ToString(),
    };
}

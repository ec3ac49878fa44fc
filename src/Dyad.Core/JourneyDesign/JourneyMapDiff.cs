using Dyad.Core.Common;

namespace Dyad.Core.JourneyDesign;

/// <summary>The change list between a template's current map and its target state: phases first, then touchpoints.</summary>
public static class JourneyMapDiff
{
    public static IReadOnlyList<MapChange> Between(JourneyMap current, JourneyMap target)
    {
        var changes = new List<MapChange>();
        var currentPhases = current.Phases.ToDictionary(p => p.Number);
        var targetPhases = target.Phases.ToDictionary(p => p.Number);
        // Phases are matched by their place: a template renames, adds and removes phases by position.
        foreach (var phase in target.Phases.OrderBy(p => p.Number))
        {
            if (!currentPhases.TryGetValue(phase.Number, out var was))
            {
                changes.Add(new MapChange(MapChangeKind.PhaseAdded, phase.Name, null, phase.Name, phase.Number));
                continue;
            }
            if (!string.Equals(was.Name, phase.Name, StringComparison.Ordinal))
            {
                changes.Add(new MapChange(MapChangeKind.PhaseRenamed, phase.Name, was.Name, phase.Name, phase.Number));
            }
            if (!string.Equals(was.LeadRole, phase.LeadRole, StringComparison.Ordinal))
            {
                changes.Add(new MapChange(MapChangeKind.PhaseLeadChanged, phase.Name, was.LeadRole, phase.LeadRole, phase.Number));
            }
        }
        changes.AddRange(current.Phases.Where(p => !targetPhases.ContainsKey(p.Number)).OrderBy(p => p.Number)
            .Select(p => new MapChange(MapChangeKind.PhaseRemoved, p.Name, p.Name, null, p.Number)));

        var currentTouchpoints = current.Touchpoints.ToDictionary(t => t.Key);
        var targetKeys = target.Touchpoints.Select(t => t.Key).ToHashSet();
        foreach (var touchpoint in target.Touchpoints.OrderBy(t => t.Phase).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase))
        {
            if (!currentTouchpoints.TryGetValue(touchpoint.Key, out var was))
            {
                changes.Add(Touch(MapChangeKind.TouchpointAdded, touchpoint, null, touchpoint.Name));
                continue;
            }
            if (!string.Equals(was.Name, touchpoint.Name, StringComparison.Ordinal))
            {
                changes.Add(Touch(MapChangeKind.TouchpointRenamed, touchpoint, was.Name, touchpoint.Name));
            }
            if (was.Phase != touchpoint.Phase)
            {
                changes.Add(Touch(MapChangeKind.TouchpointMoved, touchpoint, Text(was.Phase), Text(touchpoint.Phase)));
            }
            if (was.Channel != touchpoint.Channel)
            {
                changes.Add(Touch(MapChangeKind.ChannelChanged, touchpoint, Text(was.Channel), Text(touchpoint.Channel)));
            }
            if (was.Controller != touchpoint.Controller)
            {
                changes.Add(Touch(MapChangeKind.ControllerChanged, touchpoint, Text(was.Controller), Text(touchpoint.Controller)));
            }
            if (was.Visibility != touchpoint.Visibility)
            {
                changes.Add(Touch(MapChangeKind.LaneChanged, touchpoint, Text(was.Visibility), Text(touchpoint.Visibility)));
            }
            if (!string.Equals(was.Owner, touchpoint.Owner, StringComparison.Ordinal))
            {
                changes.Add(Touch(MapChangeKind.OwnerChanged, touchpoint, was.Owner, touchpoint.Owner));
            }
        }
        changes.AddRange(current.Touchpoints.Where(t => !targetKeys.Contains(t.Key))
            .OrderBy(t => t.Phase).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .Select(t => Touch(MapChangeKind.TouchpointRemoved, t, t.Name, null)));
        return changes;
    }

    private static MapChange Touch(MapChangeKind kind, MapTouchpoint touchpoint, string? from, string? to) =>
        new(kind, touchpoint.Name, from, to, touchpoint.Phase, touchpoint.Key);

    private static string Text(int phase) => phase.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Text<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToLabel();
}

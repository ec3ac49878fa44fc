using Dyad.Core.Common;
using Dyad.Core.Journeys;

namespace Dyad.Core.JourneyDesign;

/// <summary>
/// A journey template's designed map and, while someone works on one, its target state: a draft of phases and
/// touchpoints edited apart from the live template until it is adopted whole. The phases of the current map are the
/// template's own; only the touchpoints are kept here.
/// </summary>
public sealed class TemplateDesign : IWorkspaceOwned
{
    private TemplateDesign() { }

    public TemplateDesign(JourneyTemplate template, JourneyMap drawn)
    {
        Id = Guid.NewGuid();
        WorkspaceId = template.WorkspaceId;
        TemplateId = template.Id;
        Touchpoints = drawn.Normalized().Touchpoints;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid TemplateId { get; private set; }
    public IReadOnlyList<MapTouchpoint> Touchpoints { get; private set; } = [];
    public JourneyMap? Target { get; private set; }
    public string? TargetEditedBy { get; private set; }
    public DateTimeOffset? TargetEditedAt { get; private set; }
    public string? AdoptedBy { get; private set; }
    public DateTimeOffset? AdoptedAt { get; private set; }

    /// <summary>Counts every change, so a change list adopted is the one its reader saw and two edits cannot cross.</summary>
    public int Version { get; private set; }

    public JourneyMap Current(JourneyTemplate template) =>
        new(template.PhasesInOrder.Select(p => new MapPhase(p.Number, p.Name, p.LeadRole)).ToList(), Touchpoints);

    public IReadOnlyList<MapChange> Changes(JourneyTemplate template) =>
        Target is { } target ? JourneyMapDiff.Between(Current(template), target) : [];

    /// <summary>Starts the target state as a copy of the current map.</summary>
    public void StartTarget(JourneyTemplate template, string by, DateTimeOffset at)
    {
        if (Target is not null)
        {
            throw new ConflictException($"'{template.Name}' already has a target state; edit it, adopt it or discard it.");
        }
        Edited(Current(template), by, at);
    }

    public void ReviseTarget(JourneyTemplate template, JourneyMap target, string by, DateTimeOffset at)
    {
        if (Target is null)
        {
            throw new ConflictException($"'{template.Name}' has no target state; start one from the current map first.");
        }
        var map = target.Normalized();
        var errors = map.Validate();
        if (template.IsBuiltIn && !SamePhases(map, Current(template)))
        {
            errors.Add(nameof(JourneyMap.Phases),
                $"'{template.Name}' is a built-in template, so its phases stay as they are; copy it into a template of your own to redesign its phases.");
        }
        errors.ThrowIfAny();
        Edited(map, by, at);
    }

    public void DiscardTarget()
    {
        Target = null;
        TargetEditedBy = null;
        TargetEditedAt = null;
        Version++;
    }

    /// <summary>
    /// Makes the target state the template's map: its phases go to the template (which keeps its own rule that phases in
    /// use are not removed) and its touchpoints become the design. The caller saves template and design together.
    /// </summary>
    /// <returns>The changes applied.</returns>
    public IReadOnlyList<MapChange> Adopt(JourneyTemplate template, int expectedVersion, bool inUse, string by, DateTimeOffset at)
    {
        if (Target is not { } target)
        {
            throw new ConflictException($"'{template.Name}' has no target state to adopt.");
        }
        if (expectedVersion != Version)
        {
            throw new ConflictException("The target state changed since you read it; review the change list again before adopting it.");
        }
        var changes = JourneyMapDiff.Between(Current(template), target);
        if (!SamePhases(target, Current(template)))
        {
            template.Revise(template.Name, template.Description, target.PhaseDefinitions, inUse);
        }
        Touchpoints = target.Touchpoints;
        DiscardTarget();
        AdoptedBy = by;
        AdoptedAt = at;
        return changes;
    }

    private void Edited(JourneyMap target, string by, DateTimeOffset at)
    {
        Target = target;
        TargetEditedBy = by;
        TargetEditedAt = at;
        Version++;
    }

    private static bool SamePhases(JourneyMap a, JourneyMap b) => a.Phases.OrderBy(p => p.Number).SequenceEqual(b.Phases.OrderBy(p => p.Number));
}

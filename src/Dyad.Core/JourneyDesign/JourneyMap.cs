using System.Security.Cryptography;
using System.Text;
using Dyad.Core.Common;
using Dyad.Core.Journeys;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.JourneyDesign;

/// <summary>A phase of a journey map; <see cref="Number"/> is its place, as in the template.</summary>
public sealed record MapPhase(int Number, string Name, string? LeadRole = null);

/// <summary>
/// A touchpoint as designed for every journey of a template: where it sits (phase, controller, side of the line of
/// visibility) and who owns it. <see cref="Key"/> stays the same across the current and the target-state map, so a
/// change list can tell a moved touchpoint from one removed and another added.
/// </summary>
public sealed record MapTouchpoint(
    Guid Key, string Name, int Phase, Channel Channel, TouchpointController Controller, Visibility Visibility, string? Owner = null)
{
    public const int NameMaxLength = 200;
    public const int OwnerMaxLength = 120;
}

/// <summary>A journey template's map: its phases as columns and the touchpoints designed into them.</summary>
public sealed record JourneyMap(IReadOnlyList<MapPhase> Phases, IReadOnlyList<MapTouchpoint> Touchpoints)
{
    /// <summary>
    /// A map drawn from the touchpoints the template's journeys already have: one per phase and name, carrying the
    /// controller, lane and owner of the first journey that has it. A touchpoint's key follows from the template, phase
    /// and name, so a map drawn again (it is stored only once someone edits it) keeps the keys a reader was given.
    /// </summary>
    public static JourneyMap Draw(JourneyTemplate template, IEnumerable<Touchpoint> touchpoints) =>
        new(template.PhasesInOrder.Select(p => new MapPhase(p.Number, p.Name, p.LeadRole)).ToList(),
            touchpoints
                .GroupBy(t => (t.Phase, SameName(t.Name)))
                .Select(g => g.First())
                .Select(t => new MapTouchpoint(DrawnKey(template.Id, t.Phase, t.Name), t.Name, t.Phase, t.Channel, t.Controller, t.Visibility, t.Owner))
                .OrderBy(t => t.Phase).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
                .ToList());

    /// <summary>The map's phases as the template takes them.</summary>
    public IReadOnlyList<PhaseDefinition> PhaseDefinitions => Phases.OrderBy(p => p.Number).Select(p => new PhaseDefinition(p.Name, p.LeadRole)).ToList();

    /// <summary>
    /// The designed touchpoint a journey's touchpoint stands for: the one in the same phase with the same name, whatever
    /// the case and surrounding spaces. Journeys record their touchpoints freely, so there may be none.
    /// </summary>
    public MapTouchpoint? Match(int phase, string name) =>
        Touchpoints.FirstOrDefault(t => t.Phase == phase && SameName(t.Name) == SameName(name));

    /// <summary>Checks the map whole: phases numbered 1..n with unique names, each touchpoint named and in one of them.</summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (Phases.Count is < JourneyTemplate.MinimumPhases or > JourneyTemplate.MaximumPhases)
        {
            errors.Add(nameof(Phases), $"A map needs {JourneyTemplate.MinimumPhases} to {JourneyTemplate.MaximumPhases} phases.");
        }
        if (!Phases.Select(p => p.Number).Order().SequenceEqual(Enumerable.Range(1, Phases.Count)))
        {
            errors.Add(nameof(Phases), "Phases are numbered 1, 2, 3 ... without gaps.");
        }
        foreach (var phase in Phases)
        {
            errors.Require($"{nameof(Phases)}[{phase.Number}].Name", phase.Name, 120, $"Phase {phase.Number} name");
        }
        foreach (var name in Phases.Where(p => !string.IsNullOrWhiteSpace(p.Name)).GroupBy(p => SameName(p.Name)).Where(g => g.Count() > 1))
        {
            errors.Add(nameof(Phases), $"The phase name '{name.First().Name.Trim()}' is used twice.");
        }
        for (var i = 0; i < Touchpoints.Count; i++)
        {
            var touchpoint = Touchpoints[i];
            var field = $"{nameof(Touchpoints)}[{i}]";
            errors.Require($"{field}.Name", touchpoint.Name, MapTouchpoint.NameMaxLength, "Touchpoint name")
                .MaxLength($"{field}.Owner", touchpoint.Owner, MapTouchpoint.OwnerMaxLength, "Owner")
                .Defined($"{field}.Channel", touchpoint.Channel, "Channel")
                .Defined($"{field}.Controller", touchpoint.Controller, "Controller")
                .Defined($"{field}.Visibility", touchpoint.Visibility, "Visibility");
            if (Phases.All(p => p.Number != touchpoint.Phase))
            {
                errors.Add($"{field}.Phase", $"'{touchpoint.Name}' is in phase {touchpoint.Phase}, which the map does not have.");
            }
        }
        if (Touchpoints.GroupBy(t => t.Key).Any(g => g.Count() > 1))
        {
            errors.Add(nameof(Touchpoints), "Each touchpoint appears once.");
        }
        return errors;
    }

    /// <summary>The same map with names and owners trimmed and empty owners absent, as stored.</summary>
    public JourneyMap Normalized() =>
        new(Phases.OrderBy(p => p.Number).Select(p => p with { Name = p.Name.Trim(), LeadRole = Blank.ToNull(p.LeadRole) }).ToList(),
            Touchpoints.Select(t => t with { Name = t.Name.Trim(), Owner = Blank.ToNull(t.Owner) }).ToList());

    private static string SameName(string name) => name.Trim().ToUpperInvariant();

    private static Guid DrawnKey(Guid templateId, int phase, string name) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{templateId:N}/{phase}/{SameName(name)}")).AsSpan(0, 16));
}

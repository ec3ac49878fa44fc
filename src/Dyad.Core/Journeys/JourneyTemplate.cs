using Dyad.Core.Common;

namespace Dyad.Core.Journeys;

/// <summary>An ordered list of phases that journeys follow. Built-in templates come from the sources and are read-only.</summary>
public sealed class JourneyTemplate : IWorkspaceOwned
{
    public const int MinimumPhases = 2;
    public const int MaximumPhases = 20;

    private readonly List<JourneyPhase> _phases = [];

    private JourneyTemplate() { }

    public JourneyTemplate(Guid workspaceId, string name, string? description, IReadOnlyList<PhaseDefinition> phases, bool isBuiltIn = false)
    {
        Validate(name, phases).ThrowIfAny();
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        Name = name.Trim();
        Description = Blank.ToNull(description);
        IsBuiltIn = isBuiltIn;
        for (var i = 0; i < phases.Count; i++)
        {
            _phases.Add(new JourneyPhase(this, i + 1, phases[i]));
        }
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public bool IsBuiltIn { get; private set; }
    public IReadOnlyCollection<JourneyPhase> Phases => _phases;

    public IReadOnlyList<JourneyPhase> PhasesInOrder => _phases.OrderBy(p => p.Number).ToList();

    public bool HasPhase(int number) => _phases.Any(p => p.Number == number);

    public JourneyPhase Phase(int number) =>
        _phases.SingleOrDefault(p => p.Number == number)
        ?? throw DomainValidationException.For("Phase", $"The template '{Name}' has no phase {number}; it has phases 1 to {_phases.Count}.");

    /// <summary>
    /// Renames the template and rewrites its phases. While journeys follow it, phases can be renamed
    /// and added but not removed, so no journey is left in a phase that no longer exists.
    /// </summary>
    public void Revise(string name, string? description, IReadOnlyList<PhaseDefinition> phases, bool inUse)
    {
        if (IsBuiltIn)
        {
            throw new ConflictException($"'{Name}' is a built-in template and cannot be changed; copy it into a template of your own instead.");
        }
        var errors = Validate(name, phases);
        if (inUse && phases.Count < _phases.Count)
        {
            errors.Add(nameof(Phases), $"Journeys follow this template, so its {_phases.Count} phases can be renamed or added to but not removed.");
        }
        errors.ThrowIfAny();

        Name = name.Trim();
        Description = Blank.ToNull(description);
        for (var i = 0; i < phases.Count; i++)
        {
            var existing = _phases.SingleOrDefault(p => p.Number == i + 1);
            if (existing is null)
            {
                _phases.Add(new JourneyPhase(this, i + 1, phases[i]));
            }
            else
            {
                existing.Apply(phases[i]);
            }
        }
        _phases.RemoveAll(p => p.Number > phases.Count);
    }

    private static FieldErrors Validate(string name, IReadOnlyList<PhaseDefinition> phases)
    {
        var errors = new FieldErrors().Require(nameof(Name), name, 120, "Name");
        if (phases.Count is < MinimumPhases or > MaximumPhases)
        {
            errors.Add(nameof(Phases), $"A template needs {MinimumPhases} to {MaximumPhases} phases.");
        }
        for (var i = 0; i < phases.Count; i++)
        {
            errors.Require($"{nameof(Phases)}[{i}].Name", phases[i].Name, 120, $"Phase {i + 1} name");
        }
        var duplicates = phases.Where(p => !string.IsNullOrWhiteSpace(p.Name))
            .GroupBy(p => p.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        foreach (var duplicate in duplicates)
        {
            errors.Add(nameof(Phases), $"The phase name '{duplicate}' is used twice.");
        }
        return errors;
    }
}

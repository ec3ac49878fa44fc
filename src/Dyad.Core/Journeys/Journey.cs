using Dyad.Core.Common;

namespace Dyad.Core.Journeys;

/// <summary>An account's way through one offering, following a template's phases (003: one journey per offering).</summary>
public sealed class Journey : IWorkspaceOwned
{
    private readonly List<JourneyPhaseChange> _history = [];

    private Journey() { }

    public Journey(Guid accountId, JourneyTemplate template, string name, string startedBy, DateTimeOffset startedAt, int startPhase = 1)
    {
        new FieldErrors().Require(nameof(Name), name, 200, "Name").ThrowIfAny();
        template.Phase(startPhase);
        Id = Guid.NewGuid();
        WorkspaceId = template.WorkspaceId;
        AccountId = accountId;
        TemplateId = template.Id;
        Name = name.Trim();
        StartedAt = startedAt;
        CurrentPhase = startPhase;
        _history.Add(new JourneyPhaseChange(this, null, startPhase, startedBy, startedAt, "Journey started"));
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid TemplateId { get; private set; }

    /// <summary>Usually the offering the journey is about.</summary>
    public string Name { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }
    public int CurrentPhase { get; private set; }
    public IReadOnlyCollection<JourneyPhaseChange> History => _history;

    public IReadOnlyList<JourneyPhaseChange> HistoryInOrder => _history.OrderBy(h => h.ChangedAt).ToList();

    public void Rename(string name)
    {
        new FieldErrors().Require(nameof(Name), name, 200, "Name").ThrowIfAny();
        Name = name.Trim();
    }

    /// <summary>Moves to any phase of the template, forward or back, and records who did it and why.</summary>
    public JourneyPhaseChange MoveTo(JourneyTemplate template, int phase, string changedBy, DateTimeOffset changedAt, string? note = null)
    {
        if (template.Id != TemplateId)
        {
            throw new InvalidOperationException($"Journey {Id} follows template {TemplateId}, not {template.Id}.");
        }
        template.Phase(phase);
        if (phase == CurrentPhase)
        {
            throw DomainValidationException.For("Phase", $"The journey is already in phase {phase}.");
        }
        var change = new JourneyPhaseChange(this, CurrentPhase, phase, changedBy, changedAt, note);
        _history.Add(change);
        CurrentPhase = phase;
        return change;
    }
}

using Dyad.Core.Common;

namespace Dyad.Core.Journeys;

/// <summary>One step of a journey template; <see cref="Number"/> is its 1-based place in the order.</summary>
public sealed class JourneyPhase : IWorkspaceOwned
{
    private JourneyPhase() { }

    internal JourneyPhase(JourneyTemplate template, int number, PhaseDefinition definition)
    {
        Id = Guid.NewGuid();
        WorkspaceId = template.WorkspaceId;
        TemplateId = template.Id;
        Number = number;
        Apply(definition);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid TemplateId { get; private set; }
    public int Number { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The provider role that should lead this phase (000: the account manager during selection, the consultant during implementation).</summary>
    public string? LeadRole { get; private set; }

    internal void Apply(PhaseDefinition definition)
    {
        Name = definition.Name.Trim();
        LeadRole = Blank.ToNull(definition.LeadRole);
    }
}

public sealed record PhaseDefinition(string Name, string? LeadRole = null);

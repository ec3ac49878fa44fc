using Dyad.Core.Common;
using Dyad.Core.Journeys;

namespace Dyad.Core.Touchpoints;

/// <summary>
/// "All verbal and nonverbal incidents a business customer experiences related to a supplier" (003),
/// placed in one phase of a journey.
/// </summary>
public sealed class Touchpoint : IWorkspaceOwned
{
    private Touchpoint() { }

    public Touchpoint(Journey journey, JourneyTemplate template, TouchpointDetails details)
    {
        Id = Guid.NewGuid();
        WorkspaceId = journey.WorkspaceId;
        JourneyId = journey.Id;
        Update(template, details);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid JourneyId { get; private set; }
    public string Name { get; private set; } = "";
    public int Phase { get; private set; }
    public Channel Channel { get; private set; }
    public EncounterType EncounterType { get; private set; }
    public TouchpointController Controller { get; private set; }
    public Visibility Visibility { get; private set; }
    public string? Owner { get; private set; }
    public string? PartnerBrand { get; private set; }

    /// <summary>Share of occurrences that went well, 0 to 1; empty until measured.</summary>
    public decimal? SuccessRate { get; private set; }

    public void Update(JourneyTemplate template, TouchpointDetails details)
    {
        var errors = details.Validate();
        if (!template.HasPhase(details.Phase))
        {
            errors.Add(nameof(Phase), $"Phase must be between 1 and {template.Phases.Count} for the template '{template.Name}'.");
        }
        errors.ThrowIfAny();
        Name = details.Name.Trim();
        Phase = details.Phase;
        Channel = details.Channel;
        EncounterType = details.EncounterType;
        Controller = details.Controller;
        Visibility = details.Visibility;
        Owner = Blank.ToNull(details.Owner);
        PartnerBrand = Blank.ToNull(details.PartnerBrand);
        SuccessRate = details.SuccessRate;
    }
}

using Dyad.Core.Journeys;

namespace Dyad.Core.Tests.Journeys;

public class BuiltInJourneyTemplatesTests
{
    [Fact]
    public void Every_workspace_starts_with_the_three_templates_of_the_brief_and_their_phases()
    {
        var workspaceId = Guid.NewGuid();

        var templates = BuiltInJourneyTemplates.CreateFor(workspaceId);

        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["Service journey"] =
                [
                    "trigger and problem analysis", "orientation and negotiation", "choice and purchase",
                    "implementation and usage", "evaluation and follow-up",
                ],
                ["B2B solution stages"] = ["pre-bid engagement", "negotiation", "implementation", "operations"],
                ["Order-delivery (ETO)"] = ["kick-off", "engineering", "manufacturing", "FAT (factory acceptance test)", "delivery"],
            },
            templates.ToDictionary(t => t.Name, t => t.PhasesInOrder.Select(p => p.Name).ToArray()));
        Assert.All(templates, t => Assert.True(t.IsBuiltIn));
        Assert.All(templates, t => Assert.Equal(workspaceId, t.WorkspaceId));
        Assert.All(templates, t => Assert.Equal(Enumerable.Range(1, t.Phases.Count), t.PhasesInOrder.Select(p => p.Number)));
    }

    [Fact]
    public void The_service_journey_names_who_leads_each_phase()
    {
        // 000: the account manager matters in selection and contract, the consultant during implementation.
        var service = BuiltInJourneyTemplates.CreateFor(Guid.NewGuid()).Single(t => t.Name == BuiltInJourneyTemplates.ServiceJourney);

        Assert.Equal("account manager", service.Phase(3).LeadRole);
        Assert.Equal("consultant", service.Phase(4).LeadRole);
    }
}

namespace Dyad.Core.Journeys;

/// <summary>The three journey templates of DOMAIN.md section 2, every workspace starts with them.</summary>
public static class BuiltInJourneyTemplates
{
    public const string ServiceJourney = "Service journey";
    public const string SolutionStages = "B2B solution stages";
    public const string OrderDelivery = "Order-delivery (ETO)";

    public static IReadOnlyList<JourneyTemplate> CreateFor(Guid workspaceId) =>
    [
        // Sahhar et al. 2021 (000) and 2019 (001): the five-step customer journey of their fieldwork.
        new(workspaceId, ServiceJourney, "The five-step customer journey of a consulting or training service.",
            [
                new("trigger and problem analysis", "account manager"),
                new("orientation and negotiation", "account manager"),
                new("choice and purchase", "account manager"),
                new("implementation and usage", "consultant"),
                new("evaluation and follow-up", "account manager"),
            ], isBuiltIn: true),
        // The B2B customer experience management framework (003): four stages of a solution relationship.
        new(workspaceId, SolutionStages, "The four stages of a B2B solution relationship.",
            [
                new("pre-bid engagement", "key account manager"),
                new("negotiation", "key account manager"),
                new("implementation", "project manager"),
                new("operations", "service manager"),
            ], isBuiltIn: true),
        // The engineer-to-order order-delivery process (004).
        new(workspaceId, OrderDelivery, "The order-delivery process of an engineer-to-order project.",
            [
                new("kick-off", "project manager"),
                new("engineering", "lead engineer"),
                new("manufacturing", "production manager"),
                new("FAT (factory acceptance test)", "quality engineer"),
                new("delivery", "project manager"),
            ], isBuiltIn: true),
    ];
}

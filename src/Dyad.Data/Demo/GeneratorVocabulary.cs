using Dyad.Core.Accounts;
using Dyad.Core.Journeys;

namespace Dyad.Data.Demo;

/// <summary>
/// The words a generated workspace is made of: customer names, people, touchpoints and the remarks respondents write.
/// Remarks carry plain positive and negative wording on recurring themes (response times, planning, invoices, expertise),
/// so sentiment scoring and keyword coding find something to separate.
/// </summary>
internal static class GeneratorVocabulary
{
    public static readonly string[] CompanyStems =
    [
        "Aurora", "Beacon", "Cedar", "Delta", "Elm", "Fjord", "Granite", "Harbor", "Iris", "Juniper", "Kestrel", "Linden",
        "Meridian", "Northwind", "Oakridge", "Pioneer", "Quarry", "Riverside", "Summit", "Tidewater", "Upland", "Vantage",
        "Westbrook", "Zenith", "Amstel", "Brabant", "Dommel", "Eemland", "Gooi", "Hollands", "IJssel", "Kempen", "Lek",
        "Maas", "Noorder", "Oostveld", "Peel", "Rijnland", "Schelde", "Twente",
    ];

    public static readonly string[] CompanyKinds =
    [
        "Logistics", "Housing", "Care Group", "Bank", "Engineering", "Foods", "Mining", "Energy", "Water Board", "Insurance",
        "Public Services", "Hospital", "Chemicals", "Telecom", "Retail", "Transport", "Packaging", "Steelworks", "Pharma",
        "University", "Municipality", "Shipping", "Construction", "Textiles", "Robotics",
    ];

    public static readonly string[] FirstNames =
    [
        "Anna", "Bram", "Carla", "Daan", "Eva", "Femke", "Gijs", "Hanna", "Ivo", "Jasper", "Karin", "Lars", "Maud", "Niels",
        "Olga", "Pieter", "Quinten", "Rosa", "Sander", "Tessa", "Umut", "Vera", "Wouter", "Yara", "Zoë", "Ahmed", "Fatima",
        "James", "Laura", "Mikko", "Priya", "Sofia", "Tomasz", "Elif", "Jonas", "Marta", "Noah", "Ines", "Lucas", "Sara",
    ];

    public static readonly string[] LastNames =
    [
        "Bakker", "Jansen", "de Vries", "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
        "Peters", "Hendriks", "Dekker", "Brouwer", "Kuipers", "Verhoef", "Niemi", "El Amrani", "Kowalski", "Yilmaz", "Schmidt",
        "Rossi", "Novak", "Lindqvist", "Okafor", "Sharma", "Costa", "Martin",
    ];

    /// <summary>The roles a buying centre is made of, with a typical title, function and level each, weighted by how common they are.</summary>
    public static readonly (BuyingCentreRole Role, string JobTitle, string Function, HierarchyLevel Level, bool Dmu, int Weight)[] Roles =
    [
        (BuyingCentreRole.DecisionMaker, "Director of operations", "Operations", HierarchyLevel.Senior, true, 2),
        (BuyingCentreRole.DecisionMaker, "Chief information officer", "IT", HierarchyLevel.Board, true, 1),
        (BuyingCentreRole.Buyer, "Procurement officer", "Procurement", HierarchyLevel.Middle, true, 2),
        (BuyingCentreRole.Influencer, "Project leader", "IT", HierarchyLevel.Middle, true, 2),
        (BuyingCentreRole.Specifier, "Solution architect", "IT", HierarchyLevel.Operational, false, 2),
        (BuyingCentreRole.Gatekeeper, "Legal counsel", "Legal", HierarchyLevel.Middle, false, 1),
        (BuyingCentreRole.User, "Service desk employee", "IT", HierarchyLevel.Operational, false, 4),
        (BuyingCentreRole.User, "Planner", "Operations", HierarchyLevel.Operational, false, 3),
    ];

    /// <summary>Each segment follows the journey template that fits its offering, as in the demo workspace.</summary>
    public static readonly (string Segment, string Template, string Offering)[] Segments =
    [
        (DemoWorkspace.MonitorSegment, BuiltInJourneyTemplates.ServiceJourney, "Monitoring consultancy"),
        (DemoWorkspace.TrainingSegment, BuiltInJourneyTemplates.ServiceJourney, "Training programme"),
        ("Managed solutions", BuiltInJourneyTemplates.SolutionStages, "Managed service contract"),
        (DemoWorkspace.ManufacturingSegment, BuiltInJourneyTemplates.OrderDelivery, "Production line order"),
    ];

    /// <summary>Touchpoint names per journey template, one list per phase.</summary>
    public static readonly Dictionary<string, string[][]> Touchpoints = new()
    {
        [BuiltInJourneyTemplates.ServiceJourney] =
        [
            ["Intake meeting", "Needs analysis workshop"],
            ["Proposal presentation", "Price negotiation"],
            ["Offer and contract", "Contract signing"],
            ["Kick-off meeting", "Support desk ticket handling", "Monthly status report"],
            ["Evaluation meeting", "Renewal conversation"],
        ],
        [BuiltInJourneyTemplates.SolutionStages] =
        [
            ["Solution demo", "Reference visit"],
            ["Tender clarification", "Commercial negotiation"],
            ["Implementation kick-off", "Data migration", "User training"],
            ["Service review", "Incident handling", "Quarterly business review"],
        ],
        [BuiltInJourneyTemplates.OrderDelivery] =
        [
            ["Project kick-off", "Order confirmation"],
            ["Design review", "Engineering change request"],
            ["Production planning update", "Supplier delay notice"],
            ["Factory acceptance test", "FAT report"],
            ["Delivery and installation", "Commissioning on site"],
        ],
    };

    public static readonly string[] Praise =
    [
        "The consultants know our environment very well.",
        "Quick and helpful answers when something breaks.",
        "Support was friendly and helpful.",
        "The project manager kept us well informed every week.",
        "Good delivery: on time and complete.",
        "Great expertise in the team.",
        "Easy to work with and reliable.",
        "The trainers are great with our people.",
        "Excellent: they fixed things before we even noticed.",
        "Clear documentation and a good handover.",
        "Excellent follow-up after the evaluation meeting.",
        "We appreciate the proactive advice.",
    ];

    public static readonly string[] Criticism =
    [
        "Alerts reach us too late, a real problem.",
        "We had to chase for a reply twice, disappointing.",
        "The planning changed at the last minute, very annoying.",
        "Invoices were wrong and slow to correct.",
        "Annoying sales calls after we said no.",
        "Poor support desk, slow answers.",
        "Delivery was delayed again.",
        "Communication about the changes was poor.",
        "The new contact person did not know our history, frustrating.",
        "Frustrating to explain the same issue three times.",
        "The price increase was an unpleasant shock.",
        "The installation team left the site in a mess.",
    ];

    public static readonly string[] ImpactFactors =
    [
        "Response time of the support desk.",
        "Keeping promises on delivery dates.",
        "Knowledge of our processes.",
        "One fixed contact person.",
        "Honest communication about problems.",
        "Price and clear invoices.",
    ];
}

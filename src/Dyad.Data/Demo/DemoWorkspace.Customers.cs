using Dyad.Core.Accounts;
using Dyad.Core.Journeys;
using static Dyad.Core.Accounts.BuyingCentreRole;
using static Dyad.Core.Accounts.HierarchyLevel;
using static Dyad.Core.Accounts.RelationshipType;
using static Dyad.Core.Touchpoints.Channel;
using static Dyad.Core.Touchpoints.EncounterType;
using static Dyad.Core.Touchpoints.TouchpointController;
using static Dyad.Core.Touchpoints.Visibility;

namespace Dyad.Data.Demo;

public sealed partial class DemoWorkspace
{
    public const string ShowcaseAccount = "Aurora Mining";
    public const string ShowcaseJourney = "Flotation line order";

    private const string ServiceTemplate = BuiltInJourneyTemplates.ServiceJourney;
    private const string SolutionTemplate = BuiltInJourneyTemplates.SolutionStages;
    private const string OrderDeliveryTemplate = BuiltInJourneyTemplates.OrderDelivery;

    // MonITor: IT monitoring consultancy of 000/001 (cases 2.1, 3.1, 4.1, 4.4, 5.1 are its customers).
    private static void AddMonitorCustomers(Planner plan, IReadOnlyDictionary<string, Guid> people)
    {
        var oostveld = plan.Account(
            new("Gemeente Oostveld", Relational, Relational, "Strategic", MonitorSegment, 480_000m, people["martin"]),
            Person("Evert Bakker", "IT manager", "IT", Middle, DecisionMaker, true),
            Person("Hassan El Amrani", "IT employee", "IT", Operational, User, false),
            Person("Ingrid Mulder", "Procurement officer", "Procurement", Middle, Buyer, true),
            Person("Ruud Hendriks", "Legal counsel", "Legal", Middle, Gatekeeper, false));
        plan.Journey(oostveld, ServiceTemplate, "Network monitoring platform", "Martin Dekker", 300,
            [(2, 270, "Procurement and legal route agreed"), (3, 220, null), (4, 180, "Contract signed"), (5, 30, "Evaluation meeting planned")],
            Touch("First meeting on monitoring needs", 1, Meeting, Communication, Supplier, Frontstage, 0.90m, "Martin Dekker"),
            Touch("Procurement walkthrough", 2, Meeting, Service, Customer, Frontstage, 0.80m, "Ingrid Mulder"),
            Touch("Tender documents", 2, Document, Communication, External, Frontstage, 0.85m),
            Touch("Offer and contract", 3, Document, Communication, Supplier, Frontstage, 0.95m, "Martin Dekker"),
            Touch("Breakdown alerts", 4, Email, Usage, Supplier, Frontstage, 0.60m, "Support desk"),
            Touch("Support desk ticket handling", 4, Core.Touchpoints.Channel.Portal, Service, Supplier, Backstage, 0.75m, "Support desk"),
            Touch("Evaluation with IT expert", 5, Meeting, Service, Supplier, Frontstage, 0.90m, "Kenneth Smit"));

        var haven = plan.Account(
            // The provider sees a transactional deal; the customer wants a partner: challenge C1 of 003.
            new("Haven Logistics", Transactional, Relational, "Growth", MonitorSegment, 210_000m, people["john"], "NetWatch Partners"),
            Person("Pieter de Wit", "Interim manager", "Operations", Senior, DecisionMaker, true),
            Person("Joyce Vermeulen", "Project leader", "IT", Middle, Influencer, true),
            Person("Arjen Bos", "IT architect", "IT", Operational, Specifier, false));
        plan.Journey(haven, SolutionTemplate, "Warehouse IT monitoring", "John Verhoef", 200,
            [(2, 160, null), (3, 120, "Kick-off held; John was away, the director stood in")],
            Touch("Solution demo", 1, Meeting, Communication, Supplier, Frontstage, 0.85m, "John Verhoef"),
            Touch("Price negotiation", 2, Meeting, Communication, Supplier, Frontstage, 0.80m, "John Verhoef"),
            Touch("Kick-off meeting", 3, Meeting, Service, Supplier, Frontstage, 0.55m, "Bob, director"),
            Touch("Sensor installation by partner", 3, Visit, Service, Partner, Frontstage, 0.70m, partnerBrand: "NetWatch Partners"),
            Touch("Configuration in the back office", 3, Other, Service, Supplier, Backstage, 0.90m));

        plan.Account(
            new("Rijnland Housing", Relational, null, "Standard", MonitorSegment, 95_000m, people["john"]),
            Person("Marloes Jansen", "Head of IT", "IT", Senior, DecisionMaker, true),
            Person("Tom Peeters", "System administrator", "IT", Operational, User, false));
    }

    // Train&Co: training company of 000/001 (cases 1.1, 2.4, 2.5, 2.6 and others).
    private static void AddTrainingCustomers(Planner plan, IReadOnlyDictionary<string, Guid> people)
    {
        var stadsbank = plan.Account(
            new("Stadsbank", Relational, Relational, "Strategic", TrainingSegment, 320_000m, people["michael"]),
            Person("Nadia Visser", "L&D manager", "HR", Middle, DecisionMaker, true),
            Person("Kees van Dam", "Department manager", "Back office", Middle, Influencer, true),
            Person("Eva Smits", "Training coordinator", "HR", Operational, Gatekeeper, false));
        plan.Journey(stadsbank, ServiceTemplate, "Leadership training programme", "Michael Brouwer", 150,
            [(2, 130, "Pushed back on half-day sessions"), (3, 100, null), (4, 60, null)],
            Touch("Intake on training needs", 1, Meeting, Communication, Supplier, Frontstage, 0.95m, "Michael Brouwer"),
            Touch("Proposal planning", 2, Document, Communication, Supplier, Frontstage, 0.85m, "Michael Brouwer"),
            Touch("Internal approval by department managers", 3, Meeting, Communication, Customer, Frontstage, 0.75m),
            Touch("Training sessions", 4, Training, Service, Supplier, Frontstage, 0.90m, "Trainer"),
            Touch("Trainer preparation", 4, Other, Service, Supplier, Backstage, 0.95m, "Trainer"),
            Touch("Venue and catering", 4, Visit, Service, External, Frontstage, 0.80m));

        var noordzorg = plan.Account(
            new("Noordzorg Care Group", Relational, Transactional, "Growth", TrainingSegment, 150_000m, people["michael"]),
            Person("Fatima Yilmaz", "HR manager", "HR", Senior, DecisionMaker, true),
            Person("Bart Willems", "Personal development representative", "HR", Operational, User, false));
        plan.Journey(noordzorg, ServiceTemplate, "Aggression and safety training", "Michael Brouwer", 90,
            [(2, 60, null)],
            Touch("Problem analysis meeting", 1, Meeting, Communication, Supplier, Frontstage, 0.90m, "Michael Brouwer"),
            Touch("Offer with scope advice", 2, Document, Communication, Supplier, Frontstage, null, "Michael Brouwer"));

        plan.Account(
            new("Veldhoven Public Services", Transactional, Transactional, "Standard", TrainingSegment, 60_000m, people["michael"]),
            Person("Lotte de Boer", "Training coordinator", "L&D", Operational, Buyer, true));
    }

    // The engineer-to-order manufacturer of 004: order-delivery projects.
    private static void AddManufacturingCustomers(Planner plan, IReadOnlyDictionary<string, Guid> people)
    {
        var aurora = plan.Account(
            new(ShowcaseAccount, Relational, Relational, "Strategic", ManufacturingSegment, 2_400_000m, people["laura"], "Polar Freight"),
            Person("Mikko Lahtinen", "Project director", "Projects", Senior, DecisionMaker, true),
            Person("Anna Korhonen", "Procurement manager", "Procurement", Middle, Buyer, true),
            Person("Jussi Virtanen", "Process engineer", "Engineering", Operational, Specifier, false),
            Person("Sari Heikkinen", "Plant maintenance lead", "Operations", Middle, User, false));
        // 004 Figure 2: kick-off meeting 95 % x document delivery 90 % x factory visit 70 % = 0.5985.
        plan.Journey(aurora, OrderDeliveryTemplate, ShowcaseJourney, "Laura Niemi", 120,
            [(2, 100, "Kick-off minutes approved")],
            Touch("Kick-off meeting", 1, Meeting, Communication, Supplier, Frontstage, 0.95m, "Laura Niemi"),
            Touch("Document delivery", 2, Document, Communication, Supplier, Frontstage, 0.90m, "Lead engineer"),
            Touch("Factory visit", 3, Visit, Service, Supplier, Frontstage, 0.70m, "Production manager"),
            Touch("Engineering change handling", 2, Other, Service, Supplier, Backstage, null, "Lead engineer"),
            Touch("Freight to site", 5, Other, Service, Partner, Frontstage, null, partnerBrand: "Polar Freight"));

        var baltic = plan.Account(
            new("Baltic Pulp Mill", Relational, Relational, "Strategic", ManufacturingSegment, 1_750_000m, people["laura"]),
            Person("Lars Eriksson", "Mill manager", "Management", Board, DecisionMaker, true),
            Person("Ilona Kask", "Project engineer", "Engineering", Operational, User, false),
            Person("Peeter Tamm", "Purchasing lead", "Procurement", Middle, Buyer, true));
        plan.Journey(baltic, OrderDeliveryTemplate, "Recovery boiler upgrade", "Laura Niemi", 400,
            [(2, 360, null), (3, 250, null), (4, 120, "FAT failed on two items"), (3, 110, "Back to manufacturing for rework"), (4, 80, "FAT passed"), (5, 40, null)],
            Touch("Kick-off meeting", 1, Meeting, Communication, Supplier, Frontstage, 0.90m, "Laura Niemi"),
            Touch("Drawing approval", 2, Document, Communication, Customer, Frontstage, 0.80m),
            Touch("Production progress report", 3, Email, Communication, Supplier, Frontstage, 0.85m),
            Touch("Welding subcontractor", 3, Other, Service, Partner, Backstage, 0.75m),
            Touch("Factory acceptance test", 4, Visit, Service, Supplier, Frontstage, 0.65m, "Quality engineer"),
            Touch("Site delivery and installation", 5, Visit, Service, Supplier, Frontstage, 0.90m));

        plan.Account(
            new("Delta Chemicals", Transactional, Relational, "Growth", ManufacturingSegment, 880_000m, people["laura"]),
            Person("Hans Vogel", "Technical director", "Engineering", Senior, DecisionMaker, true),
            Person("Greta Lind", "Buyer", "Procurement", Operational, Buyer, true));
    }
}

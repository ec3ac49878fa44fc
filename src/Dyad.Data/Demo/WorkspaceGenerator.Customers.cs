using Dyad.Core.Accounts;
using Dyad.Core.Journeys;
using Dyad.Core.Touchpoints;
using static Dyad.Data.Demo.GeneratorVocabulary;

namespace Dyad.Data.Demo;

public sealed partial class WorkspaceGenerator
{
    private static readonly string[] Tiers = ["Strategic", "Growth", "Standard", "Standard", "Standard"];

    /// <summary>Plans every account with its people, journey and touchpoints; nothing is written yet.</summary>
    private static List<Customer> PlanCustomers(Guid workspaceId, GeneratorSize size, IReadOnlyDictionary<string, JourneyTemplate> templates,
        Guid ownerId, Random random, DateTimeOffset now)
    {
        var names = CompanyStems.SelectMany(stem => CompanyKinds.Select(kind => $"{stem} {kind}")).ToArray();
        random.Shuffle(names);
        var customers = new List<Customer>(size.Accounts);
        for (var i = 0; i < size.Accounts; i++)
        {
            // Names are unique in a workspace: past the combinations of the bank, a number tells them apart.
            var name = i < names.Length ? names[i] : $"{names[i % names.Length]} {i / names.Length + 1}";
            var (segment, templateName, offering) = Segments[random.Next(Segments.Length)];
            var relational = random.NextDouble() < 0.6 ? RelationshipType.Relational : RelationshipType.Transactional;
            // Some customers see the relationship differently from the provider (003, challenge C1).
            RelationshipType? customerView = random.NextDouble() < 0.3
                ? random.NextDouble() < 0.5 ? RelationshipType.Relational : RelationshipType.Transactional
                : null;
            var revenue = 1_000m * Math.Round((decimal)Math.Exp(11.5 + DemoWorkspace.Normal(random, 0, 1)) / 1_000m);
            var account = new Account(workspaceId, new AccountDetails(
                name, relational, customerView, Tiers[random.Next(Tiers.Length)], segment, revenue, ownerId));
            var customer = new Customer(account, DemoWorkspace.Normal(random, 0, 1));
            customer.Journeys.Add(PlanJourney(account, templates[templateName], offering, random, now));
            customers.Add(customer);
        }
        SpreadPeople(customers, size.Stakeholders, random);
        return customers;
    }

    /// <summary>Every account gets people in turn first, then the rest go to random accounts: big customers have big buying centres.</summary>
    private static void SpreadPeople(List<Customer> customers, int count, Random random)
    {
        var roleWeights = Roles.Sum(r => r.Weight);
        for (var i = 0; i < count; i++)
        {
            var customer = i < customers.Count ? customers[i] : customers[random.Next(customers.Count)];
            var pick = random.Next(roleWeights);
            var role = Roles.First(r => (pick -= r.Weight) < 0);
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var domain = new string(customer.Account.Name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
            var email = $"{first.ToLowerInvariant()}.{new string(last.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray())}" +
                        $"{customer.People.Count + 1}@{domain}.example";
            customer.People.Add(new Stakeholder(customer.Account,
                new StakeholderDetails($"{first} {last}", email, role.JobTitle, role.Function, role.Level, role.Role, role.Dmu)));
        }
    }

    /// <summary>A journey started somewhere in the last two years, moved phase by phase while time allowed, with touchpoints per phase.</summary>
    private static PlannedJourney PlanJourney(Account account, JourneyTemplate template, string offering, Random random, DateTimeOffset now)
    {
        var startedAt = Between(random, now.AddDays(-HistoryDays), now.AddDays(-30));
        var journey = new Journey(account.Id, template, offering, "Generator", startedAt);
        var planned = new PlannedJourney(journey, template);
        var phases = template.Phases.Count;
        var at = startedAt;
        for (var phase = 2; phase <= phases; phase++)
        {
            at = at.AddDays(random.Next(20, 150));
            if (at >= now)
            {
                break;
            }
            journey.MoveTo(template, phase, "Generator", at);
        }
        var names = GeneratorVocabulary.Touchpoints[template.Name];
        for (var phase = 1; phase <= phases; phase++)
        {
            foreach (var name in names[phase - 1].Where(_ => random.NextDouble() < 0.8).DefaultIfEmpty(names[phase - 1][0]))
            {
                planned.Touchpoints.Add(new Touchpoint(journey, template, new TouchpointDetails(
                    name, phase, ChannelOf(name), phase == 1 ? EncounterType.Communication : EncounterType.Service,
                    TouchpointController.Supplier, name.Contains("desk", StringComparison.Ordinal) ? Visibility.Backstage : Visibility.Frontstage,
                    SuccessRate: Math.Round((decimal)(0.5 + random.NextDouble() * 0.45), 2))));
            }
        }
        return planned;
    }

    private static Channel ChannelOf(string touchpoint) => touchpoint switch
    {
        _ when touchpoint.Contains("meeting", StringComparison.OrdinalIgnoreCase)
               || touchpoint.Contains("review", StringComparison.OrdinalIgnoreCase)
               || touchpoint.Contains("workshop", StringComparison.OrdinalIgnoreCase) => Channel.Meeting,
        _ when touchpoint.Contains("report", StringComparison.OrdinalIgnoreCase)
               || touchpoint.Contains("contract", StringComparison.OrdinalIgnoreCase)
               || touchpoint.Contains("notice", StringComparison.OrdinalIgnoreCase) => Channel.Document,
        _ when touchpoint.Contains("desk", StringComparison.OrdinalIgnoreCase)
               || touchpoint.Contains("incident", StringComparison.OrdinalIgnoreCase) => Channel.Portal,
        _ when touchpoint.Contains("site", StringComparison.OrdinalIgnoreCase)
               || touchpoint.Contains("installation", StringComparison.OrdinalIgnoreCase)
               || touchpoint.Contains("visit", StringComparison.OrdinalIgnoreCase) => Channel.Visit,
        _ => Channel.Email,
    };

    private async Task WriteCustomersAsync(BatchWriter writer, List<Customer> customers, CancellationToken cancellationToken)
    {
        await writer.WriteAsync("Accounts", customers.Count, i =>
        {
            db.Accounts.Add(customers[(int)i].Account);
            return 1;
        }, cancellationToken);
        var people = customers.SelectMany(c => c.People).ToList();
        await writer.WriteAsync("Stakeholders", people.Count, i =>
        {
            db.Stakeholders.Add(people[(int)i]);
            return 1;
        }, cancellationToken);
        var journeys = customers.SelectMany(c => c.Journeys).ToList();
        // A journey brings its phase history along.
        await writer.WriteAsync("Journeys", journeys.Count, i =>
        {
            db.Journeys.Add(journeys[(int)i].Journey);
            return 1 + journeys[(int)i].Journey.History.Count;
        }, cancellationToken);
        var touchpoints = journeys.SelectMany(j => j.Touchpoints).ToList();
        await writer.WriteAsync("Touchpoints", touchpoints.Count, i =>
        {
            db.Touchpoints.Add(touchpoints[(int)i]);
            return 1;
        }, cancellationToken);
    }
}

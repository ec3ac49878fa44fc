using Dyad.Core.Events;
using Dyad.Core.Journeys;
using Dyad.Core.Practices;
using Dyad.Core.Touchpoints;

namespace Dyad.Data.Demo;

public sealed partial class WorkspaceGenerator
{
    /// <summary>Touchpoints happening: each on a journey, in a phase the journey had reached, with one or two of the account's people.</summary>
    private async Task WriteOccurrencesAsync(BatchWriter writer, List<Customer> customers, int count, Random random, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await writer.WriteAsync("Touchpoint occurrences", count, _ =>
        {
            var customer = customers[random.Next(customers.Count)];
            var journey = customer.Journeys[random.Next(customer.Journeys.Count)];
            var occurredAt = Between(random, journey.Journey.StartedAt, now);
            var (phase, _, _) = journey.PhaseAt(occurredAt, now);
            var candidates = journey.Touchpoints.Where(t => t.Phase == phase).ToList();
            var touchpoint = candidates[random.Next(candidates.Count)];
            var recordedAt = occurredAt.AddHours(random.Next(1, 48));
            db.TouchpointOccurrences.Add(new TouchpointOccurrence(touchpoint, customer.Account.Id, customer.People,
                new OccurrenceDetails(occurredAt, StakeholderIds: Participants(customer, random)), recordedAt > now ? now : recordedAt));
            return 1;
        }, cancellationToken);
    }

    /// <summary>
    /// Critical events modelled on the 18 cases of 001: what happened, the practices used (with their modes) and the experience
    /// before and after come from a case of the same phase where the journey is a service journey, from any case otherwise.
    /// </summary>
    private async Task WriteEventsAsync(BatchWriter writer, List<Customer> customers, IReadOnlyDictionary<string, Practice> practices,
        int count, Random random, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sequences = new Dictionary<(Guid Template, int Phase), int>();
        await writer.WriteAsync("Critical events", count, _ =>
        {
            var customer = customers[random.Next(customers.Count)];
            var journey = customer.Journeys[random.Next(customer.Journeys.Count)];
            var occurredAt = Between(random, journey.Journey.StartedAt, now.AddDays(-1));
            var (phase, _, _) = journey.PhaseAt(occurredAt, now);
            var sameStep = journey.Template.Name == BuiltInJourneyTemplates.ServiceJourney
                ? SourceCases.All.Where(c => c.Phase == phase).ToList()
                : SourceCases.All;
            var source = sameStep[random.Next(sameStep.Count)];
            var touchpoints = journey.Touchpoints.Where(t => t.Phase == phase).ToList();
            var key = (journey.Template.Id, phase);
            var sequence = sequences[key] = sequences.GetValueOrDefault(key) + 1;
            var details = new CriticalEventDetails(
                journey.Journey.Id, phase, DateOnly.FromDateTime(occurredAt.UtcDateTime), DemoWorkspace.Title(source), source.Incident,
                source.Experience.Before, source.Experience.After, source.Action, null, source.Outcome, source.Experience.BeyondRepair,
                touchpoints.Count > 0 ? touchpoints[random.Next(touchpoints.Count)].Id : null, StakeholderIds: Participants(customer, random));
            var loggedAt = occurredAt.AddDays(random.Next(0, 8));
            var criticalEvent = new CriticalEvent(customer.Account.Id, journey.Journey, journey.Template, details, sequence,
                loggedAt > now ? now : loggedAt);
            db.CriticalEvents.Add(criticalEvent);
            foreach (var instance in source.Practices)
            {
                db.EventPractices.Add(new EventPractice(criticalEvent, practices[instance.Practice.Key],
                    instance.Mode?.Organization, instance.Mode?.Engagement));
            }
            return 1 + criticalEvent.Participants.Count + source.Practices.Count;
        }, cancellationToken);
    }

    /// <summary>One or two of the account's people, or nobody where the account has none.</summary>
    private static Guid[] Participants(Customer customer, Random random) => customer.People.Count == 0
        ? []
        : Enumerable.Range(0, random.Next(1, 3)).Select(_ => customer.People[random.Next(customer.People.Count)].Id).Distinct().ToArray();
}

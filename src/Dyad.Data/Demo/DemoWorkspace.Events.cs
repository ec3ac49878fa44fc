using Dyad.Core.Accounts;
using Dyad.Core.Coding;
using Dyad.Core.Events;
using Dyad.Core.Journeys;
using Dyad.Core.Practices;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Demo;

public sealed partial class DemoWorkspace
{
    /// <summary>Which demo customers stand in for the anonymous customers of each firm's cases (001 Table 2).</summary>
    private static readonly Dictionary<FieldworkFirm, string[]> CaseAccounts = new()
    {
        [FieldworkFirm.MonItor] = ["Gemeente Oostveld", "Haven Logistics", "Rijnland Housing"],
        [FieldworkFirm.TrainAndCo] = ["Stadsbank", "Noordzorg Care Group", "Veldhoven Public Services"],
    };

    /// <summary>
    /// Logs the 18 critical events of 001 Table 2 on service journeys of the MonITor and Train&amp;Co
    /// customers, with their second-order practices (and 000's modes where 000 illustrates the case), the
    /// experience before and after, and a field note carrying the first-order codes. Logged in case order,
    /// so each gets the case id it has in the source.
    /// </summary>
    private async Task AddSourceCasesAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        var template = await db.JourneyTemplates.SingleAsync(t => t.Name == BuiltInJourneyTemplates.ServiceJourney, cancellationToken);
        var practices = await db.Practices.ToDictionaryAsync(p => p.Key, cancellationToken);
        var now = clock.GetUtcNow();
        var journeys = new Dictionary<string, Journey>();
        var codes = new Dictionary<string, FirstOrderCode>(StringComparer.OrdinalIgnoreCase);
        var sequences = new Dictionary<int, int>();

        async Task<(Account, Journey)> JourneyForAsync(string accountName)
        {
            var account = await db.Accounts.SingleAsync(a => a.Name == accountName, cancellationToken);
            if (!journeys.TryGetValue(accountName, out var journey))
            {
                journey = await db.Journeys.FirstOrDefaultAsync(j => j.AccountId == account.Id && j.TemplateId == template.Id, cancellationToken)
                          ?? new Journey(account.Id, template, account.Segment == TrainingSegment ? "Training programme" : "Monitoring consultancy",
                              "Demo data", now.AddDays(-420));
                if (db.Entry(journey).State == EntityState.Detached)
                {
                    db.Journeys.Add(journey);
                }
                journeys[accountName] = journey;
            }
            return (account, journey);
        }

        var perFirm = new Dictionary<FieldworkFirm, int>();
        foreach (var source in SourceCases.All.OrderBy(c => c.Phase).ThenBy(c => c.Sequence))
        {
            var turn = perFirm[source.Firm] = perFirm.GetValueOrDefault(source.Firm) + 1;
            var (account, journey) = await JourneyForAsync(CaseAccounts[source.Firm][(turn - 1) % 3]);
            var sequence = sequences[source.Phase] = sequences.GetValueOrDefault(source.Phase) + 1;
            var details = new CriticalEventDetails(
                journey.Id, source.Phase, DateOnly.FromDateTime(now.AddDays(-400 + source.Phase * 70 + source.Sequence * 3).Date),
                Title(source), source.Incident, source.Experience.Before, source.Experience.After,
                source.Action, null, source.Outcome, source.Experience.BeyondRepair);
            var criticalEvent = new CriticalEvent(account.Id, journey, template, details, sequence, now);
            db.CriticalEvents.Add(criticalEvent);
            foreach (var instance in source.Practices)
            {
                db.EventPractices.Add(new EventPractice(criticalEvent, practices[instance.Practice.Key],
                    instance.Mode?.Organization, instance.Mode?.Engagement));
            }

            var note = new Evidence(criticalEvent, new EvidenceDetails(EvidenceKind.Note,
                $"{source.Incident}\n\n{source.Action}\n\n{source.Outcome}", $"Field notes, case {source.Id} (001 Table 2)"), now);
            db.Evidence.Add(note);
            // A code is grouped into a practice only where the case leaves no doubt: a single second-order practice.
            var onlyPractice = source.Practices.Count == 1 ? practices[source.Practices[0].Practice.Key].Id : (Guid?)null;
            foreach (var label in source.FirstOrderCodes)
            {
                if (!codes.TryGetValue(label, out var code))
                {
                    codes[label] = code = new FirstOrderCode(workspaceId, label, onlyPractice);
                    db.FirstOrderCodes.Add(code);
                }
                db.EvidenceCodings.Add(new EvidenceCoding(workspaceId, note.Id, code.Id));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static string Title(SourceCase source)
    {
        const int maximum = 80;
        var firstSentence = source.Incident.Split(". ", 2)[0].Split("; ", 2)[0].TrimEnd('.');
        if (firstSentence.Length <= maximum)
        {
            return firstSentence;
        }
        var cut = firstSentence[..maximum];
        return cut[..cut.LastIndexOf(' ')].TrimEnd(',') + "…";
    }
}

using Dyad.Core.Accounts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using static Dyad.Core.Alerts.Communications.CommunicationKind;

namespace Dyad.Data.Demo;

public sealed partial class DemoWorkspace
{
    /// <summary>
    /// Logged customer communications that show the warning signs of 000/001: an unanswered question, a disputed commitment,
    /// a stand-in at a kick-off, costs after signing, pushing after a no; and their harmless twins (a question answered in
    /// hours, a single offer after a no, a cost agreed before signing) that fire nothing.
    /// </summary>
    private async Task AddCommunicationsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var accounts = await db.Accounts.ToDictionaryAsync(a => a.Name, cancellationToken);
        var people = await db.Stakeholders.ToListAsync(cancellationToken);
        var log = new CommunicationWriter(db, people, now);

        var oostveld = accounts["Gemeente Oostveld"];
        oostveld.RecordContractSigned(DateOnly.FromDateTime(now.AddDays(-180).UtcDateTime));
        log.Add(oostveld, new(Question, now.AddDays(-10), "Can the dashboards show the council's own service levels?", log.Person("Evert Bakker"),
            Channel.Email, AnsweredAt: now.AddDays(-10).AddHours(4), AnsweredBy: "Kenneth Smit"));
        log.Add(oostveld, new(Question, now.AddDays(-3), "Why did the breakdown alerts stop overnight?", log.Person("Hassan El Amrani"), Channel.Portal));
        var roadmap = log.Add(oostveld, new(Commitment, now.AddDays(-40), "The evaluation includes a roadmap session for next year",
            log.Person("Evert Bakker")));
        log.Add(oostveld, new(Contradiction, now.AddDays(-20), "Procurement was told the roadmap session is billed separately",
            log.Person("Ingrid Mulder"), CommitmentId: roadmap.Id));

        var haven = accounts["Haven Logistics"];
        log.Add(haven, new(Meeting, now.AddDays(-120), "Project kick-off", log.Person("Pieter de Wit"), IsKeyMeeting: true,
            PlannedAttendee: "John Verhoef", ActualAttendee: "Bob, director"));
        log.Add(haven, new(Meeting, now.AddDays(-90), "Weekly progress call", log.Person("Joyce Vermeulen"), PlannedAttendee: "John Verhoef",
            ActualAttendee: "Kenneth Smit", HandoverRecorded: true));

        var rijnland = accounts["Rijnland Housing"];
        log.Add(rijnland, new(CustomerNo, now.AddDays(-30), "No to the monitoring upgrade this year", log.Person("Marloes Jansen")));
        log.Add(rijnland, new(SalesPush, now.AddDays(-10), "Upgrade offer with a first-year discount"));

        var delta = accounts["Delta Chemicals"];
        log.Add(delta, new(CustomerNo, now.AddDays(-60), "No to a five-year service contract", log.Person("Hans Vogel")));
        log.Add(delta, new(SalesPush, now.AddDays(-45), "Service contract offer, revised"));
        log.Add(delta, new(SalesPush, now.AddDays(-30), "Service contract raised again at the design review"));
        log.Add(delta, new(SalesPush, now.AddDays(-14), "Service contract brochure sent to the buyer"));

        var aurora = accounts[ShowcaseAccount];
        aurora.RecordContractSigned(DateOnly.FromDateTime(now.AddDays(-150).UtcDateTime));
        log.Add(aurora, new(CostChange, now.AddDays(-160), "Extra engineering hours for the layout study", Amount: 12_000m));
        log.Add(aurora, new(CostChange, now.AddDays(-20), "Travel and lodging for the factory acceptance test", Amount: 6_800m));
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed class CommunicationWriter(DyadDbContext db, IReadOnlyList<Stakeholder> people, DateTimeOffset now)
    {
        private readonly List<CustomerCommunication> _commitments = [];

        public Guid Person(string name) => people.Single(p => p.Name == name).Id;

        public CustomerCommunication Add(Account account, CommunicationDetails details)
        {
            var entry = new CustomerCommunication(account, details, people.Where(p => p.AccountId == account.Id).ToList(), _commitments,
                "Demo Admin", now);
            if (entry.Kind == Commitment)
            {
                _commitments.Add(entry);
            }
            db.Communications.Add(entry);
            return entry;
        }
    }
}

using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Core.Ingestion;
using Dyad.Core.Journeys;
using Dyad.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Ingestion;

/// <summary>
/// Critical events with their narrative, experience states and the customer's people involved (practices are coded
/// afterwards, on the event). The key is the content: journey, phase, date and title; a row whose four match a stored
/// event is there already. Case ids are given in file order, after the highest stored in each template's phase.
/// </summary>
internal sealed class EventImport(TimeProvider clock) : EntityImport<EventImport.Row>
{
    public const string AccountField = "account";
    public const string JourneyField = "journey";
    public const string PhaseField = "phase";
    public const string OccurredOnField = "occurred_on";
    public const string TitleField = "title";
    public const string TouchpointField = "touchpoint";
    public const string PeopleField = "stakeholder_emails";

    internal sealed record Row(Guid AccountId, Journey Journey, JourneyTemplate Template, CriticalEventDetails Details);

    private WorkspacePeople _people = null!;
    private ILookup<Guid, Journey> _journeysOfAccount = null!;
    private Dictionary<Guid, JourneyTemplate> _templates = [];
    private ILookup<Guid, Touchpoint> _touchpointsOfJourney = null!;
    private Dictionary<(Guid Template, int Phase), int> _lastSequence = [];
    private DateTimeOffset _now;

    public override ImportEntity Entity => ImportEntity.Events;
    public override IReadOnlyCollection<string> Fields =>
    [
        AccountField, JourneyField, PhaseField, OccurredOnField, TitleField, "what_happened", "state_before", "state_after",
        "provider_action", "customer_reaction", "outcome", "beyond_repair", TouchpointField, "provider_staff", PeopleField,
    ];
    public override IReadOnlyCollection<string> RequiredFields =>
        [AccountField, PhaseField, OccurredOnField, TitleField, "what_happened", "state_before", "state_after"];
    public override string KeyField => TitleField;
    public override bool RepeatIsError => false;

    public override async Task PrepareAsync(DyadDbContext db, Guid? surveyId, CancellationToken cancellationToken)
    {
        _now = clock.GetUtcNow();
        _people = await WorkspacePeople.ReadAsync(db, cancellationToken);
        _journeysOfAccount = (await db.Journeys.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(j => j.AccountId);
        _templates = await db.JourneyTemplates.AsNoTracking().Include(t => t.Phases).ToDictionaryAsync(t => t.Id, cancellationToken);
        _touchpointsOfJourney = (await db.Touchpoints.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(t => t.JourneyId);
        _lastSequence = (await db.CriticalEvents.GroupBy(e => new { e.TemplateId, e.Phase })
                .Select(g => new { g.Key.TemplateId, g.Key.Phase, Last = g.Max(e => e.Sequence) })
                .ToListAsync(cancellationToken))
            .ToDictionary(g => (g.TemplateId, g.Phase), g => g.Last);
    }

    protected override Row? ReadRow(RowReader row)
    {
        var account = _people.Account(row, AccountField, row.Required(AccountField, "The account (name or id)"));
        var journey = account is null ? null : Journey(row, account);
        var phase = row.Integer(PhaseField);
        var occurredOn = row.Date(OccurredOnField);
        var before = row.Choice<ExperienceState>("state_before");
        var after = row.Choice<ExperienceState>("state_after");
        var beyondRepair = row.Boolean("beyond_repair") ?? false;
        foreach (var (field, value) in new (string, object?)[] { (PhaseField, phase), (OccurredOnField, occurredOn), ("state_before", before), ("state_after", after) })
        {
            if (value is null && row.Text(field) is null)
            {
                row.Fail(field, "This field is required.");
            }
        }
        if (row.Failed || journey is null)
        {
            return null;
        }
        var touchpoint = Touchpoint(row, journey);
        var people = _people.People(row, PeopleField, account!.Id);
        if (row.Failed)
        {
            return null;
        }
        var details = new CriticalEventDetails(journey.Id, phase!.Value, occurredOn!.Value, row.Text(TitleField) ?? "",
            row.Text("what_happened") ?? "", before!.Value, after!.Value, row.Text("provider_action"), row.Text("customer_reaction"),
            row.Text("outcome"), beyondRepair, touchpoint?.Id, row.Text("provider_staff"), people.Select(p => p.Id).ToList());
        var template = _templates[journey.TemplateId];
        try
        {
            // Built once to run the event's own checks; the stored one gets its sequence when the batch is stored.
            _ = new CriticalEvent(account.Id, journey, template, details, 1, _now);
        }
        catch (DomainValidationException refused)
        {
            row.Refused(refused, field => field switch
            {
                nameof(CriticalEventDetails.JourneyId) => JourneyField,
                nameof(CriticalEventDetails.StateBefore) => "state_before",
                nameof(CriticalEventDetails.StateAfter) => "state_after",
                _ => EnumText.ToSnakeCase(field),
            });
            return null;
        }
        return new Row(account.Id, journey, template, details);
    }

    /// <summary>The journey by id or name among the account's; the only one when the file names none.</summary>
    private Journey? Journey(RowReader row, Account account)
    {
        var journeys = _journeysOfAccount[account.Id].ToArray();
        var named = row.Text(JourneyField);
        var matches = named is null
            ? journeys
            : journeys.Where(j => j.Id.ToString().Equals(named, StringComparison.OrdinalIgnoreCase)
                                  || j.Name.Equals(named, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (matches.Length == 1)
        {
            return matches[0];
        }
        row.Fail(JourneyField, (named, matches.Length) switch
        {
            (null, 0) => $"'{account.Name}' has no journey; start one first.",
            (null, _) => $"'{account.Name}' has {matches.Length} journeys; name one (by name or id).",
            (_, 0) => $"'{account.Name}' has no journey named '{named}' or with that id.",
            _ => $"{matches.Length} journeys of '{account.Name}' are named '{named}'; give the journey's id instead.",
        });
        return null;
    }

    private Touchpoint? Touchpoint(RowReader row, Journey journey)
    {
        if (row.Text(TouchpointField) is not { } named)
        {
            return null;
        }
        var matches = _touchpointsOfJourney[journey.Id]
            .Where(t => t.Id.ToString().Equals(named, StringComparison.OrdinalIgnoreCase) || t.Name.Equals(named, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (matches.Length != 1)
        {
            row.Fail(TouchpointField, $"The journey '{journey.Name}' has {(matches.Length == 0 ? "no" : matches.Length.ToString())} touchpoint(s) named '{named}' or with that id.");
            return null;
        }
        return matches[0];
    }

    protected override string KeyOf(Row row) => Key(row.Journey.Id, row.Details.Phase, row.Details.OccurredOn, row.Details.Title.Trim());

    private static string Key(Guid journey, int phase, DateOnly on, string title) => $"{journey}/{phase}/{on:yyyy-MM-dd}/{title}";

    protected override async Task<BatchOutcome> StoreRowsAsync(DyadDbContext db, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var journeys = rows.Select(r => r.Journey.Id).Distinct().ToList();
        var from = rows.Min(r => r.Details.OccurredOn);
        var to = rows.Max(r => r.Details.OccurredOn);
        var stored = (await db.CriticalEvents.AsNoTracking()
                .Where(e => journeys.Contains(e.JourneyId) && e.OccurredOn >= from && e.OccurredOn <= to)
                .Select(e => new { e.JourneyId, e.Phase, e.OccurredOn, e.Title })
                .ToListAsync(cancellationToken))
            .Select(e => Key(e.JourneyId, e.Phase, e.OccurredOn, e.Title))
            .ToHashSet(StringComparer.Ordinal);
        var inserts = new List<object>();
        var inserted = 0;
        foreach (var row in rows.Where(r => !stored.Contains(KeyOf(r))))
        {
            var slot = (row.Template.Id, row.Details.Phase);
            var sequence = _lastSequence.GetValueOrDefault(slot) + 1;
            _lastSequence[slot] = sequence;
            var criticalEvent = new CriticalEvent(row.AccountId, row.Journey, row.Template, row.Details, sequence, _now);
            inserts.Add(criticalEvent);
            inserts.AddRange(criticalEvent.Participants);
            inserted++;
        }
        return InsertOnly(inserts, inserted, rows.Count);
    }
}

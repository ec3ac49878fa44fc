using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Ingestion;
using Dyad.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Ingestion;

/// <summary>
/// Times touchpoints happened. An occurrence has no id of its own outside Dyad, so its content is its key: the touchpoint,
/// the time to the tick and the note. A row whose three match a stored occurrence is there already.
/// </summary>
internal sealed class OccurrenceImport(TimeProvider clock) : EntityImport<TouchpointOccurrence>
{
    public const string TouchpointField = "touchpoint";
    public const string AccountField = "account";
    public const string OccurredAtField = "occurred_at";
    public const string NoteField = "note";
    public const string PeopleField = "stakeholder_emails";

    private WorkspacePeople _people = null!;
    private Dictionary<Guid, Touchpoint> _touchpoints = [];
    private Dictionary<Guid, Guid> _accountOfJourney = [];
    private ILookup<Guid, Touchpoint> _touchpointsOfAccount = null!;
    private DateTimeOffset _now;

    public override ImportEntity Entity => ImportEntity.Occurrences;
    public override IReadOnlyCollection<string> Fields => [TouchpointField, AccountField, OccurredAtField, NoteField, PeopleField];
    public override IReadOnlyCollection<string> RequiredFields => [TouchpointField, OccurredAtField];
    public override string KeyField => OccurredAtField;
    public override bool RepeatIsError => false;

    public override async Task PrepareAsync(DyadDbContext db, Guid? surveyId, CancellationToken cancellationToken)
    {
        _now = clock.GetUtcNow();
        _people = await WorkspacePeople.ReadAsync(db, cancellationToken);
        _touchpoints = await db.Touchpoints.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        _accountOfJourney = await db.Journeys.AsNoTracking().ToDictionaryAsync(j => j.Id, j => j.AccountId, cancellationToken);
        _touchpointsOfAccount = _touchpoints.Values.ToLookup(t => _accountOfJourney[t.JourneyId]);
    }

    protected override TouchpointOccurrence? ReadRow(RowReader row)
    {
        var account = _people.Account(row, AccountField, row.Text(AccountField));
        var touchpoint = Touchpoint(row, row.Required(TouchpointField, "The touchpoint (id, or name with the account)"), account);
        var occurredAt = row.Time(OccurredAtField);
        if (occurredAt is null && row.Text(OccurredAtField) is null)
        {
            row.Fail(OccurredAtField, "When it happened is required.");
        }
        if (row.Failed || touchpoint is null)
        {
            return null;
        }
        var accountId = _accountOfJourney[touchpoint.JourneyId];
        var people = _people.People(row, PeopleField, accountId);
        if (row.Failed)
        {
            return null;
        }
        try
        {
            return new TouchpointOccurrence(touchpoint, accountId, people,
                new OccurrenceDetails(occurredAt!.Value, row.Text(NoteField), people.Select(p => p.Id).ToList()), _now);
        }
        catch (DomainValidationException refused)
        {
            row.Refused(refused, field => field switch
            {
                nameof(OccurrenceDetails.Note) => NoteField,
                nameof(OccurrenceDetails.StakeholderIds) => PeopleField,
                _ => OccurredAtField,
            });
            return null;
        }
    }

    /// <summary>A touchpoint by id, or by name among the touchpoints of the account's journeys.</summary>
    private Touchpoint? Touchpoint(RowReader row, string? idOrName, Account? account)
    {
        if (idOrName is null)
        {
            return null;
        }
        if (Guid.TryParse(idOrName, out var id) && _touchpoints.TryGetValue(id, out var byId))
        {
            if (account is not null && _accountOfJourney[byId.JourneyId] != account.Id)
            {
                row.Fail(TouchpointField, $"The touchpoint is not on a journey of '{account.Name}'.");
                return null;
            }
            return byId;
        }
        if (account is null)
        {
            row.Fail(TouchpointField, row.Text(AccountField) is null
                ? $"No touchpoint has the id '{idOrName}'; to name a touchpoint, give its account too."
                : $"No touchpoint has the id '{idOrName}'.");
            return null;
        }
        var named = _touchpointsOfAccount[account.Id].Where(t => string.Equals(t.Name, idOrName, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (named.Length == 1)
        {
            return named[0];
        }
        row.Fail(TouchpointField, named.Length == 0
            ? $"No journey of '{account.Name}' has a touchpoint named '{idOrName}'."
            : $"{named.Length} touchpoints of '{account.Name}' are named '{idOrName}'; give the touchpoint's id instead.");
        return null;
    }

    protected override string KeyOf(TouchpointOccurrence row) => $"{row.TouchpointId}/{row.OccurredAt.UtcTicks}/{row.Note}";

    protected override async Task<BatchOutcome> StoreRowsAsync(DyadDbContext db, IReadOnlyList<TouchpointOccurrence> rows,
        CancellationToken cancellationToken)
    {
        var touchpoints = rows.Select(r => r.TouchpointId).Distinct().ToList();
        var from = rows.Min(r => r.OccurredAt);
        var to = rows.Max(r => r.OccurredAt);
        var stored = (await db.TouchpointOccurrences.AsNoTracking()
                .Where(o => touchpoints.Contains(o.TouchpointId) && o.OccurredAt >= from && o.OccurredAt <= to)
                .Select(o => new { o.TouchpointId, o.OccurredAt, o.Note })
                .ToListAsync(cancellationToken))
            .Select(o => $"{o.TouchpointId}/{o.OccurredAt.UtcTicks}/{o.Note}")
            .ToHashSet(StringComparer.Ordinal);
        var inserts = rows.Where(r => !stored.Contains(KeyOf(r))).ToList<object>();
        return InsertOnly(inserts, inserts.Count, rows.Count);
    }
}

using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Ingestion;
using Dyad.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Ingestion;

/// <summary>Accounts, matched by name: a new name is inserted, a known one updated when the file differs from what is stored.</summary>
internal sealed class AccountImport : EntityImport<AccountDetails>
{
    private Dictionary<string, Guid> _owners = [];
    private Guid _workspaceId;

    public override ImportEntity Entity => ImportEntity.Accounts;
    public override IReadOnlyCollection<string> Fields => AccountCsv.Columns;
    public override IReadOnlyCollection<string> RequiredFields => ["name", "relationship_type"];
    public override string KeyField => "name";

    public override async Task PrepareAsync(DyadDbContext db, Guid? surveyId, CancellationToken cancellationToken)
    {
        _workspaceId = db.Scope.Required;
        _owners = await db.Users.Where(u => u.WorkspaceId == _workspaceId && u.NormalizedEmail != null)
            .ToDictionaryAsync(u => u.NormalizedEmail!, u => u.Id, cancellationToken);
    }

    protected override AccountDetails? ReadRow(RowReader row)
    {
        var name = row.Required("name", "An account's name");
        var relationship = row.Choice<RelationshipType>("relationship_type");
        if (relationship is null && row.Text("relationship_type") is null)
        {
            row.Fail("relationship_type", "Give 'transactional' or 'relational'.");
        }
        var seenByCustomer = row.Choice<RelationshipType>("customer_relationship_type");
        var revenue = row.Decimal("annual_revenue");
        Guid? owner = null;
        if (row.Text("owner_email") is { } email)
        {
            if (_owners.TryGetValue(email.ToUpperInvariant(), out var id))
            {
                owner = id;
            }
            else
            {
                row.Fail("owner_email", $"No user of this workspace has the e-mail '{email}'.");
            }
        }
        if (row.Failed)
        {
            return null;
        }
        var details = new AccountDetails(name!, relationship!.Value, seenByCustomer, row.Text("tier"), Segment: null, revenue, owner);
        foreach (var (field, messages) in details.Validate().ToDictionary())
        {
            row.Fail(ColumnOf(field), messages[0]);
        }
        return row.Failed ? null : details;
    }

    protected override string KeyOf(AccountDetails row) => row.Name.Trim();

    protected override async Task<BatchOutcome> StoreRowsAsync(DyadDbContext db, IReadOnlyList<AccountDetails> rows, CancellationToken cancellationToken)
    {
        var names = rows.Select(KeyOf).ToList();
        var existing = await db.Accounts.Where(a => names.Contains(a.Name)).ToDictionaryAsync(a => a.Name, cancellationToken);
        var inserts = new List<object>();
        int updated = 0, unchanged = 0;
        foreach (var imported in rows)
        {
            if (!existing.TryGetValue(KeyOf(imported), out var account))
            {
                inserts.Add(new Account(_workspaceId, imported));
                continue;
            }
            // Columns the file does not carry keep their stored values.
            var merged = imported with { Segment = account.Segment, PartnerFirms = account.PartnerFirms };
            if (merged == account.ToDetails())
            {
                unchanged++;
                continue;
            }
            account.Update(merged);
            updated++;
        }
        return new BatchOutcome(inserts, inserts.Count, updated, unchanged);
    }

    private static string ColumnOf(string field) => field switch
    {
        nameof(AccountDetails.RelationshipType) => "relationship_type",
        nameof(AccountDetails.CustomerRelationshipType) => "customer_relationship_type",
        nameof(AccountDetails.AnnualRevenue) => "annual_revenue",
        nameof(AccountDetails.OwnerId) => "owner_email",
        _ => EnumText.ToSnakeCase(field),
    };
}

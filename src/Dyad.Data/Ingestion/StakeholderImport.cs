using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Ingestion;

/// <summary>
/// People of customer accounts, matched by e-mail within their account: a new address is inserted, a known one updated
/// when the file differs. The e-mail is required, being the only thing that tells two people of one name apart.
/// </summary>
internal sealed class StakeholderImport : EntityImport<StakeholderImport.Row>
{
    public const string AccountField = "account";
    public const string EmailField = "email";

    internal sealed record Row(Account Account, StakeholderDetails Details);

    private WorkspacePeople _people = null!;

    public override ImportEntity Entity => ImportEntity.Stakeholders;
    public override IReadOnlyCollection<string> Fields =>
        [AccountField, "name", EmailField, "job_title", "function", "level", "buying_centre_role", "dmu"];
    public override IReadOnlyCollection<string> RequiredFields => [AccountField, "name", EmailField, "level", "buying_centre_role"];
    public override string KeyField => EmailField;

    public override async Task PrepareAsync(DyadDbContext db, Guid? surveyId, CancellationToken cancellationToken) =>
        _people = await WorkspacePeople.ReadAsync(db, cancellationToken);

    protected override Row? ReadRow(RowReader row)
    {
        var account = _people.Account(row, AccountField, row.Required(AccountField, "The account (name or id)"));
        var name = row.Required("name", "A stakeholder's name");
        var email = row.Required(EmailField, "The e-mail, which tells people apart,");
        var level = row.Choice<HierarchyLevel>("level");
        var role = row.Choice<BuyingCentreRole>("buying_centre_role");
        if (level is null && row.Text("level") is null)
        {
            row.Fail("level", $"Give one of: {string.Join(", ", Enum.GetValues<HierarchyLevel>().Select(v => v.ToText()))}.");
        }
        if (role is null && row.Text("buying_centre_role") is null)
        {
            row.Fail("buying_centre_role", $"Give one of: {string.Join(", ", Enum.GetValues<BuyingCentreRole>().Select(v => v.ToText()))}.");
        }
        var dmu = row.Boolean("dmu") ?? false;
        if (row.Failed)
        {
            return null;
        }
        var details = new StakeholderDetails(name!, email, row.Text("job_title"), row.Text("function"), level!.Value, role!.Value, dmu);
        foreach (var (field, messages) in details.Validate().ToDictionary())
        {
            row.Fail(field switch
            {
                nameof(StakeholderDetails.Level) => "level",
                nameof(StakeholderDetails.BuyingCentreRole) => "buying_centre_role",
                _ => EnumText.ToSnakeCase(field),
            }, messages[0]);
        }
        return row.Failed ? null : new Row(account!, details);
    }

    protected override string KeyOf(Row row) => $"{row.Account.Id}/{row.Details.Email!.Trim().ToLowerInvariant()}";

    protected override async Task<BatchOutcome> StoreRowsAsync(DyadDbContext db, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var accountIds = rows.Select(r => r.Account.Id).Distinct().ToList();
        // E-mails are compared as people type them, in any case, so the batch's accounts' people are matched in memory.
        var existing = (await db.Stakeholders.Where(s => accountIds.Contains(s.AccountId) && s.Email != null).ToListAsync(cancellationToken))
            .GroupBy(s => $"{s.AccountId}/{s.Email!.ToLowerInvariant()}")
            .ToDictionary(g => g.Key, g => g.First());
        var inserts = new List<object>();
        int updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(KeyOf(row), out var person))
            {
                inserts.Add(new Stakeholder(row.Account, row.Details));
                continue;
            }
            var stored = new StakeholderDetails(person.Name, person.Email, person.JobTitle, person.Function, person.Level,
                person.BuyingCentreRole, person.IsDecisionMakingUnitMember);
            var wanted = row.Details with
            {
                Name = row.Details.Name.Trim(), Email = Blank.ToNull(row.Details.Email), JobTitle = Blank.ToNull(row.Details.JobTitle),
                Function = Blank.ToNull(row.Details.Function),
            };
            if (wanted == stored)
            {
                unchanged++;
                continue;
            }
            person.Update(row.Details);
            updated++;
        }
        return new BatchOutcome(inserts, inserts.Count, updated, unchanged);
    }
}

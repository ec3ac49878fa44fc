using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Accounts;

/// <summary>
/// Accounts as CSV, the way spreadsheets and CRMs exchange them: the export writes the columns the import
/// (<see cref="Ingestion.BulkImport"/>, entity accounts) reads, matching accounts by name.
/// </summary>
public sealed class AccountCsv(IDbContextFactory<DyadDbContext> contexts)
{
    public static readonly string[] Columns =
        ["name", "relationship_type", "customer_relationship_type", "tier", "annual_revenue", "owner_email"];

    public async Task<int> ExportAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = db.Scope.Required;
        var emails = await db.Users.Where(u => u.WorkspaceId == workspaceId)
            .ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }
        await csv.NextRecordAsync();
        foreach (var account in accounts)
        {
            csv.WriteField(SpreadsheetCells.Guard(account.Name));
            csv.WriteField(account.RelationshipType.ToText());
            csv.WriteField(account.CustomerRelationshipType?.ToText() ?? "");
            csv.WriteField(SpreadsheetCells.Guard(account.Tier ?? ""));
            // One spelling whichever database stored it: PostgreSQL keeps the scale (2400000.00), SQLite does not.
            csv.WriteField(account.AnnualRevenue?.ToString("0.##", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(SpreadsheetCells.Guard(account.OwnerId is { } owner ? emails.GetValueOrDefault(owner) ?? "" : ""));
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
        return accounts.Count;
    }
}

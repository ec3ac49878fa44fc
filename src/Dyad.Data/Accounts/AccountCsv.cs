using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Accounts;

public sealed record AccountImportSummary(int Created, int Updated, int Unchanged)
{
    public int Total => Created + Updated + Unchanged;
}

/// <summary>A row of an import file is wrong; rows count like a spreadsheet's, the header being row 1.</summary>
public sealed class ImportRowException(int row, string column, string problem)
    : Exception($"Row {row}, column '{column}': {problem}")
{
    public int Row { get; } = row;
    public string Column { get; } = column;
    public string Problem { get; } = problem;
}

/// <summary>
/// Accounts as CSV, the way spreadsheets and CRMs exchange them. An import is all or nothing: every row
/// is checked before anything is written, and accounts are matched by name so a second import of the
/// same file changes nothing.
/// </summary>
public sealed class AccountCsv(IDbContextFactory<DyadDbContext> contexts)
{
    public static readonly string[] Columns =
        ["name", "relationship_type", "customer_relationship_type", "tier", "annual_revenue", "owner_email"];

    private static readonly CsvConfiguration Format = new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        DetectDelimiter = true,
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
    };

    public async Task<AccountImportSummary> ImportAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = db.Scope.Required;
        var owners = await db.Users.Where(u => u.WorkspaceId == workspaceId && u.NormalizedEmail != null)
            .ToDictionaryAsync(u => u.NormalizedEmail!, u => u.Id, cancellationToken);
        var rows = ReadRows(reader, owners);

        var existing = await db.Accounts.ToDictionaryAsync(a => a.Name, cancellationToken);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var (_, imported) in rows)
        {
            if (!existing.TryGetValue(imported.Name, out var account))
            {
                db.Accounts.Add(new Account(workspaceId, imported));
                created++;
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
        await db.SaveChangesAsync(cancellationToken);
        return new AccountImportSummary(created, updated, unchanged);
    }

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

    private static List<(int Row, AccountDetails Details)> ReadRows(TextReader reader, IReadOnlyDictionary<string, Guid> ownersByEmail)
    {
        using var csv = new CsvReader(reader, Format);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new ImportRowException(1, "name", "The file is empty; the first row must name the columns.");
        }
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var column in names.Where(c => !Columns.Contains(c)))
        {
            throw new ImportRowException(1, column, $"Unknown column; the columns are {string.Join(", ", Columns)}.");
        }
        foreach (var column in new[] { "name", "relationship_type" }.Where(c => !names.Contains(c)))
        {
            throw new ImportRowException(1, column, "This column is required.");
        }

        var rows = new List<(int, AccountDetails)>();
        var firstRowOfName = new Dictionary<string, int>();
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            string? Field(string column) => names.Contains(column) ? Blank.ToNull(SpreadsheetCells.Unguard(csv.GetField(column) ?? "")) : null;

            var name = Field("name") ?? throw new ImportRowException(row, "name", "An account needs a name.");
            if (firstRowOfName.TryGetValue(name, out var earlier))
            {
                throw new ImportRowException(row, "name", $"'{name}' already appears in row {earlier}.");
            }
            firstRowOfName[name] = row;
            var details = new AccountDetails(
                name,
                ParseRelationship(row, "relationship_type", Field("relationship_type"))
                    ?? throw new ImportRowException(row, "relationship_type", "Give 'transactional' or 'relational'."),
                ParseRelationship(row, "customer_relationship_type", Field("customer_relationship_type")),
                Field("tier"),
                Segment: null,
                ParseRevenue(row, Field("annual_revenue")),
                ParseOwner(row, Field("owner_email"), ownersByEmail));
            foreach (var (field, messages) in details.Validate().ToDictionary())
            {
                throw new ImportRowException(row, ColumnOf(field), messages[0]);
            }
            rows.Add((row, details));
        }
        return rows;
    }

    private static RelationshipType? ParseRelationship(int row, string column, string? text)
    {
        if (text is null)
        {
            return null;
        }
        return EnumText.TryParse<RelationshipType>(text, out var type)
            ? type
            : throw new ImportRowException(row, column, $"'{text}' is not a relationship type; give 'transactional' or 'relational'.");
    }

    private static decimal? ParseRevenue(int row, string? text)
    {
        if (text is null)
        {
            return null;
        }
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var revenue)
            ? revenue
            : throw new ImportRowException(row, "annual_revenue", $"'{text}' is not a number; write it like 125000.50, without currency signs.");
    }

    private static Guid? ParseOwner(int row, string? email, IReadOnlyDictionary<string, Guid> ownersByEmail)
    {
        if (email is null)
        {
            return null;
        }
        return ownersByEmail.TryGetValue(email.ToUpperInvariant(), out var id)
            ? id
            : throw new ImportRowException(row, "owner_email", $"No user of this workspace has the e-mail '{email}'.");
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

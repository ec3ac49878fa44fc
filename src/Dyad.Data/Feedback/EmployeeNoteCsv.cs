using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Feedback.Notes;

namespace Dyad.Data.Feedback;

/// <summary>
/// Employee notes as CSV: a header row naming <see cref="Columns"/> (<see cref="Required"/> must be there), one note a row.
/// Accounts are given by name, touchpoints by id or by a name only one of them has, kinds and roles as snake_case names, dates as
/// yyyy-MM-dd. Every row is checked before anything is stored; each problem names its row and column.
/// </summary>
public static class EmployeeNoteCsv
{
    public const string Text = "text";
    public const string Kind = "kind";
    public const string Author = "author";
    public const string Date = "date";
    public const string Account = "account";
    public const string StakeholderRole = "stakeholder_role";
    public const string Phase = "phase";
    public const string Touchpoint = "touchpoint";

    /// <summary>Enough to fix a file in one go without a report longer than the file.</summary>
    public const int MaximumErrors = 100;

    public static readonly IReadOnlyList<string> Columns = [Text, Kind, Author, Date, Account, StakeholderRole, Phase, Touchpoint];
    public static readonly IReadOnlyList<string> Required = [Text, Kind, Author, Date];

    private static readonly CsvConfiguration Format = new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        DetectDelimiter = true,
        MissingFieldFound = null,
    };

    /// <exception cref="DomainValidationException">The file has bad cells, keyed "row 3, column date".</exception>
    public static IReadOnlyList<EmployeeNoteDetails> Read(TextReader reader, IReadOnlyDictionary<string, Guid> accountByName,
        IReadOnlyDictionary<string, Guid> touchpoints)
    {
        var errors = new FieldErrors();
        using var csv = new CsvReader(reader, Format);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw DomainValidationException.For(Key(1, Text), "The file is empty; the first row must name the columns.");
        }
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, name) in header.Select(h => h.Trim()).Index())
        {
            if (!Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(Key(1, name), $"Unknown column '{name}'; the columns are {string.Join(", ", Columns)}.");
            }
            else if (!columns.TryAdd(name, index))
            {
                errors.Add(Key(1, name), $"The column '{name}' appears twice.");
            }
        }
        foreach (var missing in Required.Where(r => !columns.ContainsKey(r)))
        {
            errors.Add(Key(1, missing), $"The column '{missing}' is required.");
        }
        errors.ThrowIfAny();

        var notes = new List<EmployeeNoteDetails>();
        var problems = 0;
        try
        {
            while (csv.Read() && problems < MaximumErrors)
            {
                var row = csv.Parser.Row;
                string? Cell(string column) => columns.TryGetValue(column, out var i) ? Blank.ToNull(csv.GetField(i)) : null;
                var rowErrors = new FieldErrors();
                var details = ReadRow(row, Cell, accountByName, touchpoints, rowErrors);
                if (details is not null)
                {
                    foreach (var (field, messages) in details.Validate().ToDictionary())
                    {
                        messages.ToList().ForEach(m => rowErrors.Add(Key(row, EnumText.ToSnakeCase(field)), m));
                    }
                }
                if (rowErrors.IsEmpty)
                {
                    notes.Add(details!);
                }
                else
                {
                    errors.Add(rowErrors);
                    problems++;
                }
            }
        }
        catch (BadDataException bad)
        {
            errors.Add(Key(bad.Context?.Parser?.Row ?? 0, header[0]),
                "The row is not valid CSV (a quote inside a cell that is not itself quoted?); the file cannot be read past it.");
        }
        if (notes.Count == 0 && errors.IsEmpty)
        {
            errors.Add(Key(2, Text), "The file has no notes below its header.");
        }
        errors.ThrowIfAny();
        return notes;
    }

    /// <summary>The key of a problem, the same shape survey response imports use.</summary>
    public static string Key(int row, string column) => $"row {row}, column {column}";

    private static EmployeeNoteDetails? ReadRow(int row, Func<string, string?> cell, IReadOnlyDictionary<string, Guid> accountByName,
        IReadOnlyDictionary<string, Guid> touchpoints, FieldErrors errors)
    {
        var kind = default(EmployeeNoteKind);
        if (!EnumText.TryParse(cell(Kind), out kind))
        {
            errors.Add(Key(row, Kind), $"Kind must be one of: {string.Join(", ", Enum.GetNames<EmployeeNoteKind>().Select(EnumText.ToSnakeCase))}.");
        }
        var date = default(DateOnly);
        if (!DateOnly.TryParseExact(cell(Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors.Add(Key(row, Date), "Date must be a date written yyyy-MM-dd.");
        }
        Guid? account = null;
        if (cell(Account) is { } accountName)
        {
            if (accountByName.TryGetValue(accountName, out var found))
            {
                account = found;
            }
            else
            {
                errors.Add(Key(row, Account), $"No account is named '{accountName}'.");
            }
        }
        BuyingCentreRole? role = null;
        if (cell(StakeholderRole) is { } roleText)
        {
            if (EnumText.TryParse<BuyingCentreRole>(roleText, out var parsed))
            {
                role = parsed;
            }
            else
            {
                errors.Add(Key(row, StakeholderRole),
                    $"Stakeholder role must be one of: {string.Join(", ", Enum.GetNames<BuyingCentreRole>().Select(EnumText.ToSnakeCase))}.");
            }
        }
        int? phase = null;
        if (cell(Phase) is { } phaseText)
        {
            if (int.TryParse(phaseText, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                phase = number;
            }
            else
            {
                errors.Add(Key(row, Phase), "Phase must be a whole number; the journey's first phase is 1.");
            }
        }
        Guid? touchpoint = null;
        if (cell(Touchpoint) is { } touchpointText)
        {
            if (touchpoints.TryGetValue(touchpointText, out var id))
            {
                touchpoint = id;
            }
            else
            {
                errors.Add(Key(row, Touchpoint), $"No touchpoint of this workspace has the unique name or id '{touchpointText}'.");
            }
        }
        return errors.IsEmpty ? new EmployeeNoteDetails(cell(Text), kind, cell(Author), date, account, role, phase, touchpoint) : null;
    }
}

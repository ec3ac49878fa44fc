using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Dyad.Core.Common;
using Dyad.Core.Surveys.Distribution;
using Dyad.Data.Common;

namespace Dyad.Data.Surveys.Distribution;

/// <summary>One participant as a list's row gives them; cells are checked, not yet matched against the workspace.</summary>
public sealed record ParticipantRow(int Row, string? FirstName, string? LastName, string? Email, string? EmailStatus, string? Token, string? Language,
    DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, string? Account, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>LimeSurvey sends only to a participant whose e-mail status is OK (a blank status is taken as OK).</summary>
    public bool Mailable => EmailStatus is null || string.Equals(EmailStatus, ParticipantCsv.EmailOk, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Participant lists in the CSV shape of LimeSurvey's survey participants ("tokens") table, so a list exported there imports
/// here and the other way round: a header row naming the columns in any order, then one participant a row. Attribute columns
/// are <c>attribute_1</c> ... with their description in angle brackets (<c>attribute_1 &lt;Department&gt;</c>), which becomes the
/// attribute's name here. LimeSurvey's tracking columns (<c>tid</c>, <c>invited</c>, <c>completed</c>, ...) are read past:
/// another tool's sending is not Dyad's. Times are UTC, written <c>yyyy-MM-dd HH:mm</c> as LimeSurvey writes them.
/// </summary>
public static partial class ParticipantCsv
{
    public const string ContentType = "text/csv";

    public const string Tid = "tid";
    public const string FirstName = "firstname";
    public const string LastName = "lastname";
    public const string Email = "email";
    public const string EmailStatus = "emailstatus";
    public const string Token = "token";
    public const string Language = "language";
    public const string ValidFrom = "validfrom";
    public const string ValidUntil = "validuntil";
    public const string Invited = "invited";
    public const string Reminded = "reminded";
    public const string ReminderCount = "remindercount";
    public const string Completed = "completed";
    public const string UsesLeft = "usesleft";

    /// <summary>Dyad's own column: the account a participant who is not yet a stakeholder belongs to. LimeSurvey ignores it.</summary>
    public const string Account = "account";

    public const string EmailOk = "OK";
    public const string EmailBounced = "bounced";

    /// <summary>LimeSurvey's "not yet" in its tracking columns.</summary>
    public const string No = "N";

    public const string TimeFormat = "yyyy-MM-dd HH:mm";

    /// <summary>Enough to fix a file in one go without a report longer than the file.</summary>
    public const int MaximumErrors = 100;

    /// <summary>The columns an export writes before the attributes, in LimeSurvey's order with Dyad's account last.</summary>
    public static readonly IReadOnlyList<string> Columns =
        [Tid, FirstName, LastName, Email, EmailStatus, Token, Language, ValidFrom, ValidUntil, Invited, Reminded, ReminderCount, Completed, UsesLeft, Account];

    /// <summary>Tracking columns of LimeSurvey's table, its older and newer spellings, accepted and not read.</summary>
    private static readonly IReadOnlyList<string> ReadPast =
        [Tid, Invited, Reminded, ReminderCount, Completed, UsesLeft, "sent", "remindersent", "participant_id", "blacklisted", "mpid"];

    private static readonly string[] TimeFormats = [TimeFormat, "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mmK", "O"];

    private static readonly CsvConfiguration Format = new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        DetectDelimiter = true,
        MissingFieldFound = null,
    };

    [GeneratedRegex(@"^attribute_(\d+)\s*(?:<(.*)>)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributeHeader();

    /// <summary>The key of a problem, the shape the other CSV imports use.</summary>
    public static string Key(int row, string column) => $"row {row}, column {column}";

    /// <summary>
    /// The rows whose cells read well; a bad cell is added to <paramref name="errors"/>, keyed "row 3, column validfrom", and
    /// leaves its row out, so the caller can add its own checks of the other rows before refusing the file.
    /// </summary>
    /// <exception cref="DomainValidationException">The header is wrong, or no row could be read.</exception>
    public static IReadOnlyList<ParticipantRow> Read(TextReader reader, FieldErrors errors)
    {
        using var csv = new CsvReader(reader, Format);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw DomainValidationException.For(Key(1, Email), "The file is empty; the first row must name the columns.");
        }
        var (columns, attributes) = ReadHeader(header);

        var rows = new List<ParticipantRow>();
        var problems = 0;
        try
        {
            while (csv.Read() && problems < MaximumErrors)
            {
                var row = csv.Parser.Row;
                string? Cell(string column) => columns.TryGetValue(column, out var i) ? Blank.ToNull(SpreadsheetCells.Unguard(csv.GetField(i) ?? "")) : null;
                var rowErrors = new FieldErrors();
                var participant = ReadRow(row, Cell, attributes.ToDictionary(a => a.Name, a => Blank.ToNull(SpreadsheetCells.Unguard(csv.GetField(a.Index) ?? ""))),
                    rowErrors);
                if (rowErrors.IsEmpty)
                {
                    rows.Add(participant);
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
        if (rows.Count == 0 && errors.IsEmpty)
        {
            errors.Add(Key(2, Email), "The file has no participants below its header.");
        }
        return rows;
    }

    private static (Dictionary<string, int> Columns, List<(string Name, int Index)> Attributes) ReadHeader(string[] header)
    {
        var errors = new FieldErrors();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var attributes = new List<(string Name, int Index)>();
        foreach (var (index, raw) in header.Select(h => h.Trim()).Index())
        {
            if (AttributeHeader().Match(raw) is { Success: true } attribute)
            {
                var name = Blank.ToNull(attribute.Groups[2].Value.Trim()) ?? $"attribute_{attribute.Groups[1].Value}";
                if (attributes.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    errors.Add(Key(1, raw), $"The attribute '{name}' appears twice.");
                }
                attributes.Add((name, index));
            }
            else if (!Columns.Contains(raw, StringComparer.OrdinalIgnoreCase) && !ReadPast.Contains(raw, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(Key(1, raw), $"Unknown column '{raw}'; the columns are {string.Join(", ", Columns)} and attribute_1, attribute_2 ...");
            }
            else if (!columns.TryAdd(raw, index))
            {
                errors.Add(Key(1, raw), $"The column '{raw}' appears twice.");
            }
        }
        if (!columns.ContainsKey(Email))
        {
            errors.Add(Key(1, Email), $"The column '{Email}' is required.");
        }
        if (attributes.Count > SurveyInvitation.MaxAttributes)
        {
            errors.Add(Key(1, "attribute"), $"At most {SurveyInvitation.MaxAttributes} attribute columns.");
        }
        errors.ThrowIfAny();
        return (columns, attributes);
    }

    private static ParticipantRow ReadRow(int row, Func<string, string?> cell, Dictionary<string, string?> attributes, FieldErrors errors)
    {
        var email = cell(Email);
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            errors.Add(Key(row, Email), $"'{email}' is not an e-mail address.");
        }
        errors.MaxLength(Key(row, Email), email, SurveyInvitation.EmailMaxLength, "An e-mail address")
            .MaxLength(Key(row, FirstName), cell(FirstName), SurveyInvitation.NameMaxLength, "The first name")
            .MaxLength(Key(row, LastName), cell(LastName), SurveyInvitation.NameMaxLength, "The last name");
        foreach (var (name, value) in attributes.Where(a => a.Value is { Length: > SurveyInvitation.AttributeMaxLength }))
        {
            errors.Add(Key(row, name), $"An attribute is at most {SurveyInvitation.AttributeMaxLength} characters.");
        }
        return new ParticipantRow(row, cell(FirstName), cell(LastName), email, cell(EmailStatus), cell(Token), cell(Language)?.ToLowerInvariant(),
            Time(row, ValidFrom, cell(ValidFrom), errors), Time(row, ValidUntil, cell(ValidUntil), errors), cell(Account),
            attributes.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value!));
    }

    private static DateTimeOffset? Time(int row, string column, string? text, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var time))
        {
            return time;
        }
        errors.Add(Key(row, column), $"'{text}' is not a time; write it {TimeFormat} (UTC).");
        return null;
    }

    /// <summary>A time as LimeSurvey writes it, or its "N" for a step not taken.</summary>
    public static string Written(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture) ?? No;

    /// <summary>
    /// The attribute columns for a list's attribute names: a name that is itself <c>attribute_N</c> keeps its column, the others
    /// take the next free numbers in name order with the name as description, so an exported list imports under the same names.
    /// </summary>
    public static IReadOnlyList<(string Name, string Header)> AttributeColumns(IEnumerable<string> names)
    {
        var distinct = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var taken = distinct.Select(n => AttributeHeader().Match(n)).Where(m => m.Success && m.Groups[2].Length == 0)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();
        var next = 1;
        var columns = new List<(string, string)>();
        foreach (var name in distinct)
        {
            if (AttributeHeader().Match(name) is { Success: true } own && own.Groups[2].Length == 0)
            {
                columns.Add((name, name));
                continue;
            }
            while (taken.Contains(next))
            {
                next++;
            }
            taken.Add(next);
            columns.Add((name, $"attribute_{next} <{name}>"));
        }
        return columns;
    }
}

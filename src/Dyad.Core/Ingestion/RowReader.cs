using System.Globalization;
using Dyad.Core.Common;

namespace Dyad.Core.Ingestion;

/// <summary>
/// Typed reading of one record's fields, each problem noted against the field it is in, so a row reports every bad cell
/// at once. Values are null for an empty or missing field.
/// </summary>
public sealed class RowReader(ImportRecord record, ImportFormat format, List<ImportError> errors)
{
    private readonly int _errorsBefore = errors.Count;

    public int Line => record.Line;

    public IReadOnlyDictionary<string, string?> Fields => record.Fields;

    /// <summary>Whether this row has had a problem so far.</summary>
    public bool Failed => errors.Count > _errorsBefore;

    public void Fail(string field, string problem) => errors.Add(new ImportError(format, record.Line, field, problem));

    public string? Text(string field) => record.Fields.GetValueOrDefault(field);

    public string? Required(string field, string what)
    {
        var text = Text(field);
        if (text is null)
        {
            Fail(field, $"{what} is required.");
        }
        return text;
    }

    public int? Integer(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Fail(field, $"'{text}' is not a whole number.");
        return null;
    }

    public decimal? Decimal(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Fail(field, $"'{text}' is not a number; write it like 125000.50, without currency signs.");
        return null;
    }

    public bool? Boolean(string field)
    {
        var text = Text(field);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes" or "1" or "y":
                return true;
            case "false" or "no" or "0" or "n":
                return false;
            default:
                Fail(field, $"'{text}' is not yes or no; write true or false.");
                return null;
        }
    }

    /// <summary>A time; one without an offset is taken as UTC.</summary>
    public DateTimeOffset? Time(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value.ToUniversalTime();
        }
        Fail(field, $"'{text}' is not a date and time; write it like 2026-03-31T14:05:00Z.");
        return null;
    }

    public DateOnly? Date(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }
        Fail(field, $"'{text}' is not a date; write it like 2026-03-31.");
        return null;
    }

    public TEnum? Choice<TEnum>(string field) where TEnum : struct, Enum
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }
        if (EnumText.TryParse<TEnum>(text, out var value))
        {
            return value;
        }
        Fail(field, $"'{text}' is not one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(v => v.ToText()))}.");
        return null;
    }

    /// <summary>A list written as items separated by <c>;</c> (a JSON array arrives that way too).</summary>
    public IReadOnlyList<string> List(string field) =>
        Text(field)?.Split(JsonLinesRecordSource.ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>Notes a domain rule's refusal against the file's fields.</summary>
    public void Refused(DomainValidationException refused, Func<string, string> fieldOf)
    {
        foreach (var (field, messages) in refused.Errors)
        {
            foreach (var message in messages)
            {
                Fail(fieldOf(field), message);
            }
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Dyad.Core.Common;

namespace Dyad.Core.Initiatives;

/// <summary>A calendar quarter, written "2026-Q4"; the responsive cycle prioritises a few areas in each (002).</summary>
public readonly partial record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public DateOnly Start => new(Year, (Number - 1) * 3 + 1, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public static Quarter Parse(string text, string field = "Quarter")
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            throw DomainValidationException.For(field, $"'{text}' is not a quarter; write it as 2026-Q4.");
        }
        return new Quarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    public override string ToString() => $"{Year.ToString(CultureInfo.InvariantCulture)}-Q{Number.ToString(CultureInfo.InvariantCulture)}";

    [GeneratedRegex(@"^(\d{4})-[Qq]([1-4])$")]
    private static partial Regex Pattern();
}

using System.Globalization;
using Dyad.Core.Common;

namespace Dyad.Core.Surveys;

/// <summary>
/// Language codes as surveys, instruments and banked questions store them (trimmed, lower case, once each), and which
/// of a survey's languages a respondent sees.
/// </summary>
public static class SurveyLanguages
{
    public const int CodeMaxLength = 10;

    /// <summary>The given codes normalised, or English and Dutch, the languages of the built-in instruments, when none are given.</summary>
    public static string[] Normalize(IReadOnlyList<string>? given) =>
        (given is { Count: > 0 } ? given : Instruments.BuiltInInstruments.Languages)
        .Select(l => (l ?? "").Trim().ToLowerInvariant()).Distinct().ToArray();

    public static FieldErrors Check(string field, IReadOnlyCollection<string> languages)
    {
        var errors = new FieldErrors();
        if (languages.Any(l => l.Length is 0 or > CodeMaxLength))
        {
            errors.Add(field, $"Language codes are 1 to {CodeMaxLength} characters, such as en or nl.");
        }
        return errors;
    }

    /// <summary>
    /// The language asked for in the link (<c>?lang=</c>), else the invitation's, else the first of the browser's
    /// Accept-Language the survey has (by quality, a regional tag such as nl-BE matching nl), else the survey's first.
    /// </summary>
    public static string Choose(IReadOnlyList<string> languages, string? requested, string? invited, string? acceptLanguage)
    {
        string? Offered(string? code) =>
            code is null ? null : languages.FirstOrDefault(l => string.Equals(l, code.Trim(), StringComparison.OrdinalIgnoreCase));

        return Offered(requested) ?? Offered(invited) ?? FromBrowser(acceptLanguage).Select(Offered).FirstOrDefault(l => l is not null)
               ?? languages[0];
    }

    private static IEnumerable<string> FromBrowser(string? acceptLanguage) =>
        (acceptLanguage ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select((part, index) =>
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var quality = pieces.Skip(1).Where(p => p.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
                .Select(p => double.TryParse(p[2..], NumberStyles.Float, CultureInfo.InvariantCulture, out var q) ? q : 0).FirstOrDefault(1);
            return (Tag: pieces[0], Quality: quality, Index: index);
        })
        .Where(l => l.Quality > 0 && l.Tag != "*")
        .OrderByDescending(l => l.Quality).ThenBy(l => l.Index)
        .SelectMany(l => new[] { l.Tag, l.Tag.Split('-')[0] });
}

using System.Globalization;

namespace Dyad.Core.Surveys;

/// <summary>Which of a survey's languages a respondent sees.</summary>
public static class SurveyLanguage
{
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

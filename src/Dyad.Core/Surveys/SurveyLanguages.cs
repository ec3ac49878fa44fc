using Dyad.Core.Common;

namespace Dyad.Core.Surveys;

/// <summary>Language codes as surveys, instruments and banked questions store them: trimmed, lower case, once each.</summary>
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
}

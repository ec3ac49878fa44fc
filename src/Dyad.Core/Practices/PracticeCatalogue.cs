using System.Text.RegularExpressions;
using Dyad.Core.Common;

namespace Dyad.Core.Practices;

/// <summary>
/// The practices a provider can code in critical events, each findable by key, name or alias.
/// Names and aliases are unique across the catalogue, so a coder's label never means two practices.
/// </summary>
public sealed partial class PracticeCatalogue
{
    private readonly Dictionary<string, PracticeDefinition> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PracticeDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PracticeDefinition> _byActivityCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, PracticeDefinition> _byTypologyNumber = [];

    public PracticeCatalogue(IEnumerable<PracticeDefinition> practices)
    {
        Practices = practices.ToList();
        var errors = new FieldErrors();
        foreach (var practice in Practices)
        {
            if (!_byKey.TryAdd(practice.Key, practice))
            {
                errors.Add(nameof(Practices), $"The key '{practice.Key}' is used twice.");
            }
            foreach (var name in practice.Names)
            {
                if (!_byName.TryAdd(Normalize(name), practice) && _byName[Normalize(name)] != practice)
                {
                    errors.Add(nameof(Practices), $"'{name}' names both '{_byName[Normalize(name)].Key}' and '{practice.Key}'.");
                }
            }
            if (practice.ActivityCode is { } code && !_byActivityCode.TryAdd(code, practice))
            {
                errors.Add(nameof(Practices), $"The activity code '{code}' is used twice.");
            }
            if (practice.TypologyNumber is { } number && !_byTypologyNumber.TryAdd(number, practice))
            {
                errors.Add(nameof(Practices), $"The typology number {number} is used twice.");
            }
        }
        errors.ThrowIfAny();
    }

    public IReadOnlyList<PracticeDefinition> Practices { get; }

    public PracticeDefinition Get(string key) =>
        _byKey.TryGetValue(key, out var practice)
            ? practice
            : throw new KeyNotFoundException($"The practice catalogue has no key '{key}'.");

    /// <summary>The practice called so, by name or alias, ignoring case, spacing and hyphens ("ad-hoc" is "ad hoc").</summary>
    public PracticeDefinition? Find(string nameOrAlias) =>
        _byName.GetValueOrDefault(Normalize(nameOrAlias));

    /// <summary>The practice a 001 Table 1 label (1 to 11, A to D) stands for.</summary>
    public PracticeDefinition? FindByActivityCode(string code) =>
        _byActivityCode.GetValueOrDefault(code.Trim());

    /// <summary>The practice a 000 Table 4 number (P1 to P10) stands for.</summary>
    public PracticeDefinition? FindByTypologyNumber(int number) =>
        _byTypologyNumber.GetValueOrDefault(number);

    /// <summary>
    /// Resolves a label as coding tables print it: a bare name ("Repairing situation"), a 001 label
    /// ("6. Acting solution oriented", "A. Managing SVE uncoordinated") or a 000 label ("P5. Steer toward solutions").
    /// A known name wins over its number: 001 Table 2 prints "7. Empathising in customer" for case 2.2,
    /// where 7 is acting decisively, and the paper's own counts per phase confirm that empathising was meant.
    /// </summary>
    public PracticeDefinition Resolve(string label)
    {
        var match = NumberedLabel().Match(label);
        var name = match.Success ? match.Groups["name"].Value : label;
        if (Find(name) is { } named)
        {
            return named;
        }
        var numbered = match.Success
            ? match.Groups["typology"].Success
                ? FindByTypologyNumber(int.Parse(match.Groups["typology"].Value))
                : FindByActivityCode(match.Groups["activity"].Value)
            : null;
        return numbered ?? throw DomainValidationException.For("Practice", $"No practice in the catalogue is called '{label.Trim()}'.");
    }

    private static string Normalize(string name) =>
        string.Join(' ', name.Replace('-', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    [GeneratedRegex(@"^\s*(?:P(?<typology>\d{1,2})|(?<activity>\d{1,2}|[A-Za-z]))\.\s*(?<name>.*)$")]
    private static partial Regex NumberedLabel();
}

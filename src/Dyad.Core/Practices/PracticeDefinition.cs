using System.Text.RegularExpressions;
using Dyad.Core.Common;

namespace Dyad.Core.Practices;

/// <summary>
/// One entry of the practice catalogue: what a provider does to manage the customer's service
/// experience, under one key however the sources or a team happen to call it.
/// </summary>
public sealed partial class PracticeDefinition
{
    public const int MaximumNameLength = 120;
    public const int MaximumDescriptionLength = 500;

    public PracticeDefinition(
        string key,
        string name,
        string description,
        PracticePolarity polarity,
        IReadOnlyList<string>? aliases = null,
        IReadOnlyList<string>? sourceReferences = null,
        string? activityCode = null,
        int? typologyNumber = null)
    {
        aliases ??= [];
        sourceReferences ??= [];
        var errors = new FieldErrors()
            .Require(nameof(Name), name, MaximumNameLength, "Name")
            .Require(nameof(Description), description, MaximumDescriptionLength, "Description")
            .Defined(nameof(Polarity), polarity, "Polarity");
        if (string.IsNullOrWhiteSpace(key) || !KeyPattern().IsMatch(key))
        {
            errors.Add(nameof(Key), "Key must be lower-case words or numbers joined by underscores, such as 'managing_expectations'.");
        }
        for (var i = 0; i < aliases.Count; i++)
        {
            errors.Require($"{nameof(Aliases)}[{i}]", aliases[i], MaximumNameLength, $"Alias {i + 1}");
        }
        errors.ThrowIfAny();

        Key = key;
        Name = name.Trim();
        Description = description.Trim();
        Polarity = polarity;
        Aliases = aliases.Select(a => a.Trim()).ToList();
        SourceReferences = sourceReferences.Select(s => s.Trim()).ToList();
        ActivityCode = Blank.ToNull(activityCode);
        TypologyNumber = typologyNumber;
    }

    /// <summary>Stable identifier for storage and code; names may be reworded, keys are not.</summary>
    public string Key { get; }

    public string Name { get; }
    public string Description { get; }
    public PracticePolarity Polarity { get; }

    /// <summary>Other names for the same practice: the other paper's wording and spellings used in coding tables.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Where the practice is defined, e.g. "000 Table 4 #3".</summary>
    public IReadOnlyList<string> SourceReferences { get; }

    /// <summary>The activity's label in 001 Table 1 (1 to 11 facilitating, A to D destructing), as 001 Table 2 cites it.</summary>
    public string? ActivityCode { get; }

    /// <summary>The practice's number in 000 Table 4, cited as P1 to P10 in 000 Appendix 1.</summary>
    public int? TypologyNumber { get; }

    public IEnumerable<string> Names => Aliases.Prepend(Name);

    public override string ToString() => Name;

    [GeneratedRegex("^[a-z0-9]+(_[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}

using System.Text.RegularExpressions;
using Dyad.Core.Common;
using Dyad.Core.Practices;

namespace Dyad.Data.Coding;

/// <summary>
/// How Dyad lays its data out in a REFI-QDA project, in one place so export and import agree: the package's
/// file names, the code tree's levels, the markers an import recognises Dyad's own files by.
/// </summary>
internal static partial class RefiQdaConventions
{
    public const string Namespace = "urn:QDA-XML:project:1.0";
    public const string ProjectEntry = "project.qde";
    public const string SourcesFolder = "Sources";
    public const string InternalScheme = "internal://";

    /// <summary>The <c>origin</c> of Dyad's projects; an import lays out a file of this origin as Dyad does.</summary>
    public const string Origin = "Dyad";

    /// <summary>
    /// The non-codable code holding practices that are in no aggregate dimension. Its GUID is the same in every
    /// export, so an import knows it for a container and not for a dimension to create.
    /// </summary>
    public static readonly Guid UngroupedPracticesGuid = new("bb290291-6619-47bc-b047-6aca54db14c1");

    /// <summary>The basis of the variables' GUIDs, so "Phase" is the same variable in every export.</summary>
    private static readonly Guid VariableBasis = new("79026188-bba4-43b8-9a99-a00b844b1db7");

    private const string FacilitatingColor = "#2A9D8F";
    private const string DestructingColor = "#C8553D";

    public static string InternalPath(string fileName) => InternalScheme + fileName;

    public static string EntryName(string fileName) => $"{SourcesFolder}/{fileName}";

    /// <summary>The GUID of the selection spanning a whole event's text, where its practices are coded.</summary>
    public static Guid WholeEventSelection(Guid eventId) => DerivedGuid.From(eventId, "whole event");

    public static QdaVariable Variable(string name, QdaVariableType type, string description) =>
        new(DerivedGuid.From(VariableBasis, name), name, type, description);

    /// <summary>The practices' and their codes' colour follows the theme's colours for building up and wearing down.</summary>
    public static string ColorOf(PracticePolarity polarity) =>
        polarity == PracticePolarity.Destructing ? DestructingColor : FacilitatingColor;

    /// <summary>A practice's description with its polarity on a last line of its own, which an import reads back.</summary>
    public static string DescribePractice(Practice practice) =>
        $"{practice.Description}\n\nPolarity: {practice.Polarity.ToText()}";

    /// <summary>Splits a code's description into its text and the polarity line <see cref="DescribePractice"/> writes.</summary>
    public static (string? Description, PracticePolarity? Polarity) ReadPracticeDescription(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return (null, null);
        }
        var match = PolarityLine().Match(description);
        if (!match.Success || !EnumText.TryParse<PracticePolarity>(match.Groups[1].Value, out var polarity))
        {
            return (Blank.ToNull(description), null);
        }
        return (Blank.ToNull(description[..match.Index]), polarity);
    }

    [GeneratedRegex(@"(?:^|\n)\s*Polarity: (\w+)\s*$")]
    private static partial Regex PolarityLine();
}

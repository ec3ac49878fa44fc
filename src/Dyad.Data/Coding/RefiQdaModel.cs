namespace Dyad.Data.Coding;

/// <summary>
/// The part of a REFI-QDA project (QDA-XML 1.0, the exchange format of ATLAS.ti, NVivo, MAXQDA and QualCoder)
/// that Dyad writes and reads: users, the code tree, variables and text sources with coded selections.
/// Positions are zero-based counts of Unicode characters (code points), the end position being exclusive.
/// </summary>
internal sealed record QdaProject(
    string Name,
    string? Origin,
    Guid? CreatingUser,
    DateTimeOffset? Created,
    string? Description,
    IReadOnlyList<QdaUser> Users,
    IReadOnlyList<QdaCode> Codes,
    IReadOnlyList<QdaVariable> Variables,
    IReadOnlyList<QdaTextSource> TextSources,
    IReadOnlyList<QdaOtherSource> OtherSources);

internal sealed record QdaUser(Guid Guid, string Name);

internal sealed record QdaCode(Guid Guid, string Name, bool IsCodable, string? Color, string? Description, IReadOnlyList<QdaCode> Children)
{
    /// <summary>How many levels the tree under this code has, the code included.</summary>
    public int Levels => 1 + (Children.Count == 0 ? 0 : Children.Max(c => c.Levels));

    public IEnumerable<QdaCode> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}

internal enum QdaVariableType
{
    Text,
    Boolean,
    Integer,
    Date,
}

internal sealed record QdaVariable(Guid Guid, string Name, QdaVariableType Type, string? Description);

/// <param name="Value">The value as XML Schema writes it (<c>2024-03-01</c>, <c>true</c>).</param>
internal sealed record QdaVariableValue(QdaVariable Variable, string Value);

internal sealed record QdaCoding(Guid Guid, Guid CodeGuid, Guid? CreatingUser);

internal sealed record QdaSelection(Guid Guid, string? Name, long Start, long End, Guid? CreatingUser, IReadOnlyList<QdaCoding> Codings);

/// <summary>A text source; its text is inline (<see cref="PlainTextContent"/>) or in a file of the package (<see cref="PlainTextPath"/>).</summary>
internal sealed record QdaTextSource(
    Guid Guid,
    string? Name,
    string? Description,
    string? PlainTextPath,
    string? PlainTextContent,
    Guid? CreatingUser,
    DateTimeOffset? Created,
    IReadOnlyList<QdaSelection> Selections,
    IReadOnlyList<QdaCoding> Codings,
    IReadOnlyList<QdaVariableValue> Values);

/// <summary>A picture, PDF, audio or video source: read only to report that it was left out.</summary>
internal sealed record QdaOtherSource(Guid Guid, string? Name, string Kind);

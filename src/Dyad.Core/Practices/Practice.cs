using System.Text;
using Dyad.Core.Common;

namespace Dyad.Core.Practices;

/// <summary>
/// A practice in a workspace's catalogue: the built-in ones of 000 and 001, seeded per workspace, and any
/// the workspace adds. A built-in practice keeps its name and polarity, since the source analyses rest on
/// them; its description, aliases and dimension can be adapted.
/// </summary>
public sealed class Practice : IWorkspaceOwned
{
    private const char ListSeparator = '\n';

    private Practice() { }

    private Practice(Guid workspaceId, string key, bool isBuiltIn, Guid? id = null)
    {
        Id = id ?? Guid.NewGuid();
        WorkspaceId = workspaceId;
        Key = key;
        IsBuiltIn = isBuiltIn;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Key { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public PracticePolarity Polarity { get; private set; }
    public string AliasList { get; private set; } = "";
    public string SourceReferenceList { get; private set; } = "";
    public string? ActivityCode { get; private set; }
    public int? TypologyNumber { get; private set; }
    public bool IsBuiltIn { get; private set; }

    /// <summary>The aggregate dimension this second-order practice is grouped into (Gioia's third level).</summary>
    public Guid? DimensionId { get; private set; }

    public IReadOnlyList<string> Aliases => Split(AliasList);
    public IReadOnlyList<string> SourceReferences => Split(SourceReferenceList);

    public static Practice BuiltIn(Guid workspaceId, PracticeDefinition definition, Guid? dimensionId)
    {
        var practice = new Practice(workspaceId, definition.Key, isBuiltIn: true)
        {
            Name = definition.Name,
            Polarity = definition.Polarity,
            SourceReferenceList = string.Join(ListSeparator, definition.SourceReferences),
            ActivityCode = definition.ActivityCode,
            TypologyNumber = definition.TypologyNumber,
            DimensionId = dimensionId,
        };
        practice.Describe(definition.Description, definition.Aliases);
        return practice;
    }

    /// <param name="id">Given only when an import restores a practice another copy of the data knows by this id.</param>
    public static Practice Custom(Guid workspaceId, PracticeDraft draft, Guid? id = null)
    {
        var practice = new Practice(workspaceId, KeyFor(draft.Name), isBuiltIn: false, id);
        practice.Revise(draft);
        return practice;
    }

    public void Revise(PracticeDraft draft)
    {
        if (IsBuiltIn && (!string.Equals(draft.Name.Trim(), Name, StringComparison.Ordinal) || draft.Polarity != Polarity))
        {
            throw DomainValidationException.For(nameof(Name),
                $"'{Name}' is a built-in practice: its name and polarity stay as the sources have them; add a name of your own as an alias.");
        }
        // Validation of the shape (key, lengths) is PracticeDefinition's; it throws on anything off.
        var definition = new PracticeDefinition(IsBuiltIn ? Key : KeyFor(draft.Name), draft.Name, draft.Description, draft.Polarity, draft.Aliases);
        Name = definition.Name;
        Polarity = definition.Polarity;
        Describe(definition.Description, definition.Aliases);
        DimensionId = draft.DimensionId;
    }

    public void MoveToDimension(Guid? dimensionId) => DimensionId = dimensionId;

    public PracticeDefinition ToDefinition() =>
        new(Key, Name, Description, Polarity, Aliases, SourceReferences, ActivityCode, TypologyNumber);

    private void Describe(string description, IReadOnlyList<string> aliases)
    {
        Description = description.Trim();
        AliasList = string.Join(ListSeparator, aliases.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>"Co-creating the roadmap" becomes <c>co_creating_the_roadmap</c>, "Top 10 fixes" <c>top_10_fixes</c>.</summary>
    public static string KeyFor(string name)
    {
        var key = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != '_')
            {
                key.Append('_');
            }
        }
        return key.ToString().Trim('_');
    }

    private static IReadOnlyList<string> Split(string list) =>
        list.Length == 0 ? [] : list.Split(ListSeparator);
}

public sealed record PracticeDraft(
    string Name,
    string Description,
    PracticePolarity Polarity,
    IReadOnlyList<string> Aliases,
    Guid? DimensionId = null);

using Dyad.Core.Common;

namespace Dyad.Core.Experiences;

/// <summary>
/// "A shared idea of an intended customer experience that a provider uses to drive CX facilitation" (002). Its
/// definition only changes through <see cref="Revise"/>, which keeps the change as a new version with who and when.
/// </summary>
public sealed class TargetExperience : IWorkspaceOwned
{
    private TargetExperience() { }

    private TargetExperience(Guid workspaceId, TargetExperienceDefinition definition)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        Apply(definition);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }

    /// <summary>Copied out of the definition so lists sort and the matrix groups without reading the JSON.</summary>
    public string Name { get; private set; } = "";

    public Granularity Granularity { get; private set; }
    public ExperienceCategory Category { get; private set; }
    public TargetExperienceDefinition Definition { get; private set; } = null!;

    /// <summary>The number of the latest version; the first is 1.</summary>
    public int Version { get; private set; }

    /// <summary>Set when archived: the experience leaves the matrix but keeps its history and links.</summary>
    public DateTimeOffset? ArchivedAt { get; private set; }

    public bool IsArchived => ArchivedAt is not null;

    public static (TargetExperience Experience, TargetExperienceVersion First) Create(Guid workspaceId, TargetExperienceDefinition definition,
        string by, DateTimeOffset at)
    {
        var normalized = Checked(definition);
        var experience = new TargetExperience(workspaceId, normalized);
        return (experience, experience.NewVersion(VersionChange.Created, by, at));
    }

    /// <returns>The new version, or null when the definition says nothing new (a save without changes keeps no version).</returns>
    public TargetExperienceVersion? Revise(TargetExperienceDefinition definition, string by, DateTimeOffset at)
    {
        var normalized = Checked(definition);
        if (DefinitionDiff.Between(Definition, normalized).Count == 0)
        {
            return null;
        }
        Apply(normalized);
        return NewVersion(VersionChange.Edited, by, at);
    }

    /// <returns>The version that records the archiving, or null when it was archived already.</returns>
    public TargetExperienceVersion? Archive(string by, DateTimeOffset at)
    {
        if (IsArchived)
        {
            return null;
        }
        ArchivedAt = at;
        return NewVersion(VersionChange.Archived, by, at);
    }

    /// <returns>The version that records the restoring, or null when it was not archived.</returns>
    public TargetExperienceVersion? Restore(string by, DateTimeOffset at)
    {
        if (!IsArchived)
        {
            return null;
        }
        ArchivedAt = null;
        return NewVersion(VersionChange.Restored, by, at);
    }

    private static TargetExperienceDefinition Checked(TargetExperienceDefinition definition)
    {
        definition.Validate().ThrowIfAny();
        return definition.Normalized();
    }

    private void Apply(TargetExperienceDefinition definition)
    {
        Definition = definition;
        Name = definition.Name;
        Granularity = definition.Granularity;
        Category = definition.Category;
    }

    private TargetExperienceVersion NewVersion(VersionChange change, string by, DateTimeOffset at)
    {
        Version++;
        return new TargetExperienceVersion(this, change, by, at);
    }
}

/// <summary>What a version recorded.</summary>
public enum VersionChange
{
    Created,
    Edited,
    Archived,
    Restored,
}

/// <summary>One kept state of a target experience: the whole definition as it was after the change, who made it and when.</summary>
public sealed class TargetExperienceVersion : IWorkspaceOwned
{
    private TargetExperienceVersion() { }

    internal TargetExperienceVersion(TargetExperience experience, VersionChange change, string by, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        WorkspaceId = experience.WorkspaceId;
        TargetExperienceId = experience.Id;
        Number = experience.Version;
        Change = change;
        Definition = experience.Definition;
        ChangedBy = by;
        ChangedAt = at;
    }

    public const int ChangedByMaxLength = 200;

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid TargetExperienceId { get; private set; }
    public int Number { get; private set; }
    public VersionChange Change { get; private set; }
    public TargetExperienceDefinition Definition { get; private set; } = null!;
    public string ChangedBy { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }
}

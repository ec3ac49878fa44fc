using Dyad.Core.Common;

namespace Dyad.Core.Coding;

/// <summary>The top of a Gioia data structure: second-order practices are grouped into aggregate dimensions.</summary>
public sealed class AggregateDimension : IWorkspaceOwned
{
    public const string Facilitating = "Facilitating the service experience";
    public const string Destructing = "Destructing the service experience";
    public const int MaximumNameLength = 120;
    public const int MaximumDescriptionLength = 500;

    private AggregateDimension() { }

    /// <param name="id">Given only when an import restores a dimension another copy of the data knows by this id.</param>
    public AggregateDimension(Guid workspaceId, string name, string? description = null, Guid? id = null)
    {
        Id = id ?? Guid.NewGuid();
        WorkspaceId = workspaceId;
        Rename(name, description);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }

    public void Rename(string name, string? description)
    {
        new FieldErrors()
            .Require(nameof(Name), name, MaximumNameLength, "Name")
            .MaxLength(nameof(Description), description, MaximumDescriptionLength, "Description")
            .ThrowIfAny();
        Name = name.Trim();
        Description = Blank.ToNull(description);
    }
}

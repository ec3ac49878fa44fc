using Dyad.Core.Common;

namespace Dyad.Core.Handbook;

/// <summary>One version of a workspace's handbook as it read after a change: who, when, what changed, every section's text.</summary>
public sealed class HandbookVersion : IWorkspaceOwned
{
    private HandbookVersion() { }

    public HandbookVersion(Handbook handbook, string change)
    {
        Id = Guid.NewGuid();
        WorkspaceId = handbook.WorkspaceId;
        HandbookId = handbook.Id;
        Number = handbook.Version;
        Title = handbook.Title;
        CreatedAt = handbook.UpdatedAt;
        CreatedBy = handbook.UpdatedBy;
        Change = change;
        Sections = handbook.Snapshot();
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid HandbookId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public string Change { get; private set; } = "";
    public IReadOnlyList<SectionSnapshot> Sections { get; private set; } = [];
}

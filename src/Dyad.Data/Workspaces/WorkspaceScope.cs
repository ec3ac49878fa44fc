namespace Dyad.Data.Workspaces;

/// <summary>
/// The workspace the current request, circuit or command works in. The database context filters every
/// workspace-owned table on it, so code cannot forget to; with no workspace entered nothing is visible.
/// </summary>
public sealed class WorkspaceScope
{
    public Guid? WorkspaceId { get; private set; }

    public void Enter(Guid workspaceId)
    {
        if (WorkspaceId is { } current && current != workspaceId)
        {
            throw new InvalidOperationException("A scope works in one workspace; open a new scope for another.");
        }
        WorkspaceId = workspaceId;
    }

    public Guid Required => WorkspaceId ?? throw new InvalidOperationException("No workspace has been entered in this scope.");
}

namespace Dyad.Core.Common;

/// <summary>Anything that belongs to exactly one workspace (tenant); queries are filtered on it.</summary>
public interface IWorkspaceOwned
{
    Guid WorkspaceId { get; }
}

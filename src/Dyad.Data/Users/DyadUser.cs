using Dyad.Core.Workspaces;
using Microsoft.AspNetCore.Identity;

namespace Dyad.Data.Users;

/// <summary>A provider-side user: belongs to one workspace and holds one role there.</summary>
public sealed class DyadUser : IdentityUser<Guid>
{
    public Guid WorkspaceId { get; set; }
    public string DisplayName { get; set; } = "";
    public DyadRole Role { get; set; }
}

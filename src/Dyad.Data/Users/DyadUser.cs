using Dyad.Core.Workspaces;
using Microsoft.AspNetCore.Identity;

namespace Dyad.Data.Users;

/// <summary>A provider-side user: belongs to one workspace and holds one role there.</summary>
public sealed class DyadUser : IdentityUser<Guid>
{
    public Guid WorkspaceId { get; set; }
    public string DisplayName { get; set; } = "";
    public DyadRole Role { get; set; }

    /// <summary>When the user last signed in (password, two-step or single sign-on), shown to administrators.</summary>
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>
    /// Set when an administrator takes the user's access away; the row stays, so their name remains on what they did.
    /// </summary>
    public DateTimeOffset? DeactivatedAt { get; set; }
}

using Dyad.Core.Common;

namespace Dyad.Core.Portal;

/// <summary>
/// A customer user's time in the portal, for the provider's visit log. Page views within <see cref="SessionGap"/> of the
/// last one extend the same visit, so the log reads as visits rather than clicks.
/// </summary>
public sealed class PortalVisit : IWorkspaceOwned
{
    public static readonly TimeSpan SessionGap = TimeSpan.FromMinutes(30);
    public const int PageMaxLength = 200;

    private PortalVisit() { }

    public PortalVisit(CustomerUser user, string page, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        WorkspaceId = user.WorkspaceId;
        AccountId = user.AccountId;
        CustomerUserId = user.Id;
        StartedAt = at;
        LastSeenAt = at;
        Pages = 1;
        LastPage = Trim(page);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid CustomerUserId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }
    public int Pages { get; private set; }
    public string LastPage { get; private set; } = "";

    public bool Continues(DateTimeOffset at) => at - LastSeenAt <= SessionGap;

    public void Saw(string page, DateTimeOffset at)
    {
        LastSeenAt = at;
        Pages++;
        LastPage = Trim(page);
    }

    private static string Trim(string page) => page.Length > PageMaxLength ? page[..PageMaxLength] : page;
}

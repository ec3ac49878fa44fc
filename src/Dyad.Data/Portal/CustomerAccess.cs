using Dyad.Core.Portal;
using Dyad.Core.Security;
using Dyad.Data.Common;
using Dyad.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Portal;

/// <summary>
/// Who may use an account's portal, and how they get in: an invitation link, a sign-in link asked for by e-mail, or a
/// password of their own. Sign-in happens before any workspace is known, so those lookups alone ignore the workspace filter.
/// </summary>
public sealed class CustomerAccess(IDbContextFactory<DyadDbContext> contexts, PortalSettings settings, SignInThrottle throttle, TimeProvider clock)
{
    private static readonly PasswordHasher<CustomerUser> Hasher = new();

    /// <summary>Checked when no user has the address, so an unknown address takes as long to refuse as a wrong password.</summary>
    private static readonly string DecoyHash = Hasher.HashPassword(null!, Guid.NewGuid().ToString());

    /// <summary>Invites a stakeholder, or invites them again with a fresh link (reopening access that was revoked).</summary>
    /// <returns>Null when the account has no such stakeholder.</returns>
    public async Task<CustomerInvitation?> InviteAsync(Guid accountId, Guid stakeholderId, string? email, Actor actor,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stakeholder = await db.Stakeholders.SingleOrDefaultAsync(s => s.Id == stakeholderId && s.AccountId == accountId, cancellationToken);
        if (stakeholder is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var user = await db.CustomerUsers.SingleOrDefaultAsync(u => u.StakeholderId == stakeholderId, cancellationToken);
        if (user is null)
        {
            user = new CustomerUser(stakeholder, email, actor.Name, now);
            if (await db.CustomerUsers.AnyAsync(u => u.Email == user.Email, cancellationToken))
            {
                throw Core.Common.DomainValidationException.For("Email", $"{user.Email} already has portal access in this workspace.");
            }
            db.CustomerUsers.Add(user);
        }
        else
        {
            user.Reinstate();
        }
        var (link, secret) = CustomerSignInLink.Issue(user, SignInLinkPurpose.Invitation, now);
        db.CustomerSignInLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        return new CustomerInvitation(View(user), LinkFor(secret));
    }

    public async Task<IReadOnlyList<CustomerUserView>> ListAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.CustomerUsers.AsNoTracking().Where(u => u.AccountId == accountId).ToListAsync(cancellationToken))
            .OrderBy(u => u.Name).Select(View).ToList();
    }

    /// <summary>Closes the portal to the person; links already sent stop working too.</summary>
    public async Task<bool> RevokeAsync(Guid accountId, Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.CustomerUsers.SingleOrDefaultAsync(u => u.Id == userId && u.AccountId == accountId, cancellationToken);
        if (user is null)
        {
            return false;
        }
        user.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Spends a link. The conditional update is the single use: of two requests with one link, only one changes the row.
    /// </summary>
    /// <returns>The person signed in, or null when the link is unknown, used, expired or its person revoked.</returns>
    public async Task<CustomerIdentity?> RedeemAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hash = CustomerSignInLink.HashOf(secret.Trim());
        var now = clock.GetUtcNow();
        var link = await db.CustomerSignInLinks.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(l => l.Hash == hash, cancellationToken);
        if (link is null || !link.IsUsable(now))
        {
            return null;
        }
        var spent = await db.CustomerSignInLinks.IgnoreQueryFilters().Where(l => l.Id == link.Id && l.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, now), cancellationToken);
        return spent == 1 ? await SignInAsync(db, link.CustomerUserId, now, cancellationToken) : null;
    }

    /// <summary>
    /// Checks a password. Each wrong one counts against every active user with the address, and a locked user is refused
    /// even with the right password until the lock runs out; the caller answers all refusals alike, so the form tells
    /// nobody whether an address is known or locked.
    /// </summary>
    /// <returns>The person, or null when no active, unlocked portal user has that address and password.</returns>
    public async Task<CustomerIdentity?> PasswordSignInAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var address = (email ?? "").Trim().ToLowerInvariant();
        var now = clock.GetUtcNow();
        var candidates = await db.CustomerUsers.IgnoreQueryFilters()
            .Where(u => u.Email == address && u.RevokedAt == null && u.PasswordHash != null).ToListAsync(cancellationToken);
        var open = candidates.Where(u => !u.IsLockedOut(now)).ToList();
        var match = open.FirstOrDefault(u => Hasher.VerifyHashedPassword(u, u.PasswordHash!, password ?? "") != PasswordVerificationResult.Failed);
        if (match is not null)
        {
            return await SignInAsync(db, match.Id, now, cancellationToken);
        }
        if (open.Count == 0)
        {
            Hasher.VerifyHashedPassword(null!, DecoyHash, password ?? "");
        }
        foreach (var user in open)
        {
            user.FailedSignIn(now, throttle);
        }
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Issues a short-lived sign-in link for each active portal user with the address (one per provider they are a customer of).</summary>
    public async Task<IReadOnlyList<SignInLinkMail>> RequestLinksAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var address = (email ?? "").Trim().ToLowerInvariant();
        var users = await db.CustomerUsers.IgnoreQueryFilters().Where(u => u.Email == address && u.RevokedAt == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var mails = new List<SignInLinkMail>();
        foreach (var user in users)
        {
            var (link, secret) = CustomerSignInLink.Issue(user, SignInLinkPurpose.SignIn, now);
            db.CustomerSignInLinks.Add(link);
            mails.Add(new SignInLinkMail(user.Email, user.Name, LinkFor(secret), SignInLinkPurpose.SignIn));
        }
        await db.SaveChangesAsync(cancellationToken);
        return mails;
    }

    /// <summary>The signed-in customer sets or changes their password.</summary>
    public async Task SetPasswordAsync(CustomerIdentity customer, string password, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.CustomerUsers.SingleAsync(u => u.Id == customer.UserId && u.AccountId == customer.AccountId, cancellationToken);
        user.SetPassword(password, p => Hasher.HashPassword(user, p), CommonPasswords.Contains);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether the person may still use the portal: checked on every request, so a revoke takes effect at once.</summary>
    public async Task<bool> IsActiveAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CustomerUsers.IgnoreQueryFilters().AnyAsync(u => u.Id == userId && u.RevokedAt == null, cancellationToken);
    }

    private static async Task<CustomerIdentity?> SignInAsync(DyadDbContext db, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = await db.CustomerUsers.IgnoreQueryFilters().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || !user.IsActive)
        {
            return null;
        }
        user.SignedIn(now);
        await db.SaveChangesAsync(cancellationToken);
        return new CustomerIdentity(user.WorkspaceId, user.AccountId, user.Id, user.Name);
    }

    private string LinkFor(string secret) => settings.Link($"/portal/link/{secret}");

    private static CustomerUserView View(CustomerUser u) =>
        new(u.Id, u.StakeholderId, u.Name, u.Email, u.PasswordHash is not null, u.InvitedAt, u.InvitedBy, u.LastSignInAt, u.RevokedAt);
}

/// <summary>A sign-in or invitation link to e-mail to one customer user.</summary>
public sealed record SignInLinkMail(string Email, string Name, string Link, SignInLinkPurpose Purpose);

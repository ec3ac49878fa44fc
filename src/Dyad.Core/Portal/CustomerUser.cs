using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Security;

namespace Dyad.Core.Portal;

/// <summary>
/// A stakeholder of a customer account who signs in to the portal. They belong to exactly one account, the one of the
/// stakeholder they were invited as, and nothing in the portal reads another.
/// </summary>
public sealed class CustomerUser : IWorkspaceOwned
{
    public const int EmailMaxLength = 256;

    private CustomerUser() { }

    public CustomerUser(Stakeholder stakeholder, string? email, string invitedBy, DateTimeOffset invitedAt)
    {
        var address = Blank.ToNull(email) ?? Blank.ToNull(stakeholder.Email);
        var errors = new FieldErrors();
        if (address is null)
        {
            errors.Add(nameof(Email), $"{stakeholder.Name} has no e-mail address; give the address the invitation goes to.");
        }
        else if (!address.Contains('@') || address.Length > EmailMaxLength)
        {
            errors.Add(nameof(Email), "That is not an e-mail address.");
        }
        errors.ThrowIfAny();
        Id = Guid.NewGuid();
        WorkspaceId = stakeholder.WorkspaceId;
        AccountId = stakeholder.AccountId;
        StakeholderId = stakeholder.Id;
        Name = stakeholder.Name;
        Email = address!.ToLowerInvariant();
        InvitedBy = invitedBy;
        InvitedAt = invitedAt;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid StakeholderId { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";

    /// <summary>Set by the customer; null until then, when only sign-in links work.</summary>
    public string? PasswordHash { get; private set; }

    public string InvitedBy { get; private set; } = "";
    public DateTimeOffset InvitedAt { get; private set; }
    public DateTimeOffset? LastSignInAt { get; private set; }

    /// <summary>When the provider closed the portal to this person; they can no longer sign in.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Wrong passwords since the last good one; reaching the throttle's limit locks the password sign-in.</summary>
    public int FailedSignIns { get; private set; }

    /// <summary>Until when password sign-in is refused after too many wrong passwords.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public bool IsActive => RevokedAt is null;

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil > now;

    public void SignedIn(DateTimeOffset at)
    {
        LastSignInAt = at;
        FailedSignIns = 0;
        LockedUntil = null;
    }

    /// <summary>Counts a wrong password; the one that reaches the limit starts a lock and the count begins again.</summary>
    public void FailedSignIn(DateTimeOffset at, SignInThrottle throttle)
    {
        FailedSignIns++;
        if (FailedSignIns >= throttle.MaxFailedAttempts)
        {
            LockedUntil = at + throttle.LockoutDuration;
            FailedSignIns = 0;
        }
    }

    /// <param name="hash">The password hashed by the caller's hasher; the domain only checks the rule.</param>
    /// <param name="isCommon">Whether the password is on the list of common and breached passwords.</param>
    public void SetPassword(string password, Func<string, string> hash, Func<string, bool> isCommon)
    {
        if (PasswordPolicy.Problem(password, isCommon) is { } problem)
        {
            throw DomainValidationException.For("Password", problem);
        }
        PasswordHash = hash(password);
    }

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;

    /// <summary>Invited again after a revoke: access opens again with the same history.</summary>
    public void Reinstate() => RevokedAt = null;
}

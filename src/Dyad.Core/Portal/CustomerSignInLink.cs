using System.Security.Cryptography;
using System.Text;
using Dyad.Core.Common;

namespace Dyad.Core.Portal;

public enum SignInLinkPurpose
{
    /// <summary>Sent by the provider when someone is invited; lasts days, since the e-mail may wait in an inbox.</summary>
    Invitation,

    /// <summary>Asked for by the customer on the sign-in page; lasts minutes.</summary>
    SignIn,
}

/// <summary>
/// A single-use, expiring sign-in link. Only the SHA-256 of its secret is stored, so a copy of the database signs nobody in.
/// </summary>
public sealed class CustomerSignInLink : IWorkspaceOwned
{
    /// <summary>256 random bits, well above the 128 a guessing attack would need to beat.</summary>
    public const int SecretBytes = 32;

    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan SignInLifetime = TimeSpan.FromMinutes(20);

    private CustomerSignInLink() { }

    private CustomerSignInLink(CustomerUser user, SignInLinkPurpose purpose, string secret, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        WorkspaceId = user.WorkspaceId;
        CustomerUserId = user.Id;
        Purpose = purpose;
        Hash = HashOf(secret);
        CreatedAt = now;
        ExpiresAt = now + (purpose == SignInLinkPurpose.Invitation ? InvitationLifetime : SignInLifetime);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid CustomerUserId { get; private set; }
    public SignInLinkPurpose Purpose { get; private set; }
    public string Hash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public static (CustomerSignInLink Link, string Secret) Issue(CustomerUser user, SignInLinkPurpose purpose, DateTimeOffset now)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new CustomerSignInLink(user, purpose, secret, now), secret);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;

    public void Use(DateTimeOffset now)
    {
        if (!IsUsable(now))
        {
            throw new ConflictException("This sign-in link has been used or has expired; ask for a new one.");
        }
        UsedAt = now;
    }
}

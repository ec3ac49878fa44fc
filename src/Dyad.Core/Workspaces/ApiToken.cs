using System.Security.Cryptography;
using System.Text;
using Dyad.Core.Common;

namespace Dyad.Core.Workspaces;

/// <summary>
/// A personal API token. Only its SHA-256 hash is stored: the secret is shown once when it is issued
/// and cannot be read back, like a GitHub personal access token.
/// </summary>
public sealed class ApiToken : IWorkspaceOwned
{
    public const string SecretPrefix = "dyad_";

    /// <summary>256 random bits, well past the 128 bits that make guessing hopeless.</summary>
    private const int SecretBytes = 32;

    private ApiToken() { }

    private ApiToken(Guid workspaceId, Guid userId, string name, string secret, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        UserId = userId;
        Name = name.Trim();
        Hash = HashOf(secret);
        Hint = secret[..(SecretPrefix.Length + 4)];
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string Hash { get; private set; } = "";

    /// <summary>The first characters of the secret, so a user can tell their tokens apart.</summary>
    public string Hint { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
    [NotAudited]
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public static (ApiToken Token, string Secret) Issue(Guid workspaceId, Guid userId, string name, DateTimeOffset now)
    {
        new FieldErrors().Require(nameof(Name), name, 100, "Token name").ThrowIfAny();
        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new ApiToken(workspaceId, userId, name, secret, now), secret);
    }

    public static string HashOf(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}

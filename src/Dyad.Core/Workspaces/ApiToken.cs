using System.Security.Cryptography;
using System.Text;
using Dyad.Core.Common;

namespace Dyad.Core.Workspaces;

/// <summary>
/// A personal API token. Only its SHA-256 hash is stored: the secret is shown once when it is issued
/// and cannot be read back, like a GitHub personal access token. It carries scopes (what it may read and
/// write) and may expire; it acts as its owner and never beyond the owner's role.
/// </summary>
public sealed class ApiToken : IWorkspaceOwned
{
    public const string SecretPrefix = "dyad_";

    /// <summary>256 random bits, well past the 128 bits that make guessing hopeless.</summary>
    private const int SecretBytes = 32;

    private ApiToken() { }

    private ApiToken(Guid workspaceId, Guid userId, string name, string secret, IReadOnlyList<TokenScope> scopes,
        DateTimeOffset createdAt, DateTimeOffset? expiresAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        UserId = userId;
        Name = name.Trim();
        Hash = HashOf(secret);
        Hint = secret[..(SecretPrefix.Length + 4)];
        Scopes = scopes;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string Hash { get; private set; } = "";

    /// <summary>The first characters of the secret, so a user can tell their tokens apart.</summary>
    public string Hint { get; private set; } = "";

    public IReadOnlyList<TokenScope> Scopes { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the token stops working by itself; null keeps it until it is revoked.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    [NotAudited]
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    /// <summary>
    /// A new token with the scopes named (<c>accounts:read</c>, <c>surveys:write</c>, <c>*:read</c>), each of a known
    /// feature, and an optional expiry in the future.
    /// </summary>
    public static (ApiToken Token, string Secret) Issue(Guid workspaceId, Guid userId, string name, IEnumerable<string> scopes,
        DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        var errors = new FieldErrors().Require(nameof(Name), name, 100, "Token name");
        var parsed = ParseScopes(scopes, errors);
        if (expiresAt is { } expiry && expiry <= now)
        {
            errors.Add(nameof(ExpiresAt), "The expiry must be in the future.");
        }
        errors.ThrowIfAny();
        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new ApiToken(workspaceId, userId, name, secret, parsed, now, expiresAt), secret);
    }

    private static List<TokenScope> ParseScopes(IEnumerable<string> scopes, FieldErrors errors)
    {
        var parsed = new List<TokenScope>();
        foreach (var text in scopes)
        {
            if (!TokenScope.TryParse(text, out var scope))
            {
                errors.Add(nameof(Scopes), $"'{text}' is not a scope: write feature:read or feature:write, or *:read or *:write.");
            }
            else if (scope.Feature != TokenScope.AnyFeature && !ApiFeatures.All.Contains(scope.Feature))
            {
                errors.Add(nameof(Scopes), $"'{scope.Feature}' is not a feature of the API; the features are {string.Join(", ", ApiFeatures.All)}.");
            }
            else if (!parsed.Contains(scope))
            {
                parsed.Add(scope);
            }
        }
        if (parsed.Count == 0 && errors.IsEmpty)
        {
            errors.Add(nameof(Scopes), "Choose at least one scope.");
        }
        return parsed;
    }

    public bool Allows(TokenScope needed) => Scopes.Any(scope => scope.Covers(needed));

    public static string HashOf(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}

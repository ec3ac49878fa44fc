using Dyad.Core.Workspaces;
using Dyad.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Workspaces;

public sealed record ApiTokenView(Guid Id, string Name, string Hint, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

public sealed record IssuedToken(ApiTokenView Token, string Secret);

/// <summary>The user a presented token belongs to, and what the token may do.</summary>
public sealed record TokenOwner(DyadUser User, Guid TokenId, IReadOnlyList<TokenScope> Scopes);

public sealed class ApiTokenService(DyadDbContext db, TimeProvider clock)
{
    /// <summary>A token's last use is stamped at most once a minute, so a busy integration does not write on every request.</summary>
    public static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    public async Task<IssuedToken> IssueAsync(DyadUser user, string name, IEnumerable<string> scopes, DateTimeOffset? expiresAt = null,
        CancellationToken cancellationToken = default)
    {
        var (token, secret) = ApiToken.Issue(user.WorkspaceId, user.Id, name, scopes, expiresAt, clock.GetUtcNow());
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedToken(ToView(token), secret);
    }

    public async Task<IReadOnlyList<ApiTokenView>> ListAsync(Guid userId, CancellationToken cancellationToken = default) =>
        (await db.ApiTokens.Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken))
        .Select(ToView).ToList();

    public async Task<bool> RevokeAsync(Guid userId, Guid tokenId, CancellationToken cancellationToken = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return false;
        }
        // A page's context may hold the token since it issued it, while its uses have moved the row on since.
        await db.Entry(token).ReloadAsync(cancellationToken);
        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Finds the owner of a token that is neither revoked nor expired. Runs before any workspace is known, so it
    /// looks past the workspace filter, and only by the secret's hash.
    /// </summary>
    public async Task<TokenOwner?> AuthenticateAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(ApiToken.SecretPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var hash = ApiToken.HashOf(secret);
        // Token and owner in one round trip: this runs before every request a program sends.
        var found = await db.ApiTokens.IgnoreQueryFilters().Where(t => t.Hash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (found is not { Token: var token, User: { DeactivatedAt: null } user } || !token.IsActiveAt(now))
        {
            return null;
        }
        if (token.LastUsedAt is not { } lastUsed || now - lastUsed >= LastUseResolution)
        {
            token.MarkUsed(now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another request with the token stamped its last use at the same moment; either stamp will do, and the
                // request's own save must not try this one again.
                db.Entry(token).State = EntityState.Detached;
            }
        }
        return new TokenOwner(user, token.Id, token.Scopes);
    }

    private static ApiTokenView ToView(ApiToken t) =>
        new(t.Id, t.Name, t.Hint, t.Scopes.Select(s => s.ToString()).ToList(), t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt);
}

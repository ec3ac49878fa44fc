using Dyad.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Portal;

/// <summary>One follower's e-mail about one new version, claimed for sending.</summary>
public sealed record DocumentNoticeMail(Guid Id, string Email, string Name, string DocumentTitle, int Version, string FileName, string? Note,
    string UploadedBy, string Link);

/// <summary>
/// The notices owed to document followers, across workspaces (the sender runs outside any request). A notice is claimed
/// by a conditional update before its e-mail goes out, so two senders at once never send it twice.
/// </summary>
public sealed class DocumentNoticeOutbox(IDbContextFactory<DyadDbContext> contexts, PortalSettings settings, TimeProvider clock)
{
    public const int BatchSize = 50;

    public async Task<IReadOnlyList<DocumentNoticeMail>> ClaimAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = await db.DocumentNotices.IgnoreQueryFilters().AsNoTracking().Where(n => n.SentAt == null && n.Failure == null)
            .OrderBy(n => n.CreatedAt).Take(BatchSize)
            .Join(db.CustomerUsers.IgnoreQueryFilters(), n => n.CustomerUserId, u => u.Id, (n, u) => new { Notice = n, u.Email, u.Name })
            .Join(db.DocumentVersions.IgnoreQueryFilters(), x => x.Notice.VersionId, v => v.Id, (x, v) => new { x.Notice, x.Email, x.Name, Version = v })
            .Join(db.PortalDocuments.IgnoreQueryFilters(), x => x.Notice.DocumentId, d => d.Id, (x, d) => new { x.Notice, x.Email, x.Name, x.Version, d.Title })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var claimed = new List<DocumentNoticeMail>();
        foreach (var x in pending)
        {
            var mine = await db.DocumentNotices.IgnoreQueryFilters().Where(n => n.Id == x.Notice.Id && n.SentAt == null)
                .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(n => n.SentAt, now), cancellationToken);
            if (mine == 1)
            {
                claimed.Add(new DocumentNoticeMail(x.Notice.Id, x.Email, x.Name, x.Title, x.Version.Number, x.Version.FileName, x.Version.Note,
                    x.Version.UploadedBy, settings.Link($"/portal/documents/{x.Notice.DocumentId}")));
            }
        }
        return claimed;
    }

    /// <summary>The mail server could not be reached: the notice goes back in the queue for the next pass.</summary>
    public async Task ReleaseAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.DocumentNotices.IgnoreQueryFilters().Where(n => n.Id == id)
            .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(n => n.SentAt, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>The mail server refused the address: kept with the reason, never retried.</summary>
    public async Task RefusedAsync(Guid id, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var text = reason.Length > 500 ? reason[..500] : reason;
        await db.DocumentNotices.IgnoreQueryFilters().Where(n => n.Id == id)
            .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(n => n.Failure, text), cancellationToken);
    }
}

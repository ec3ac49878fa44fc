using Dyad.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Portal;

/// <summary>A version's file ready to stream.</summary>
public sealed record DocumentFile(StoredFile File, Stream Content);

internal static class DocumentDownload
{
    /// <returns>Null when the account has no such document version, or its file is gone from the storage folder.</returns>
    public static async Task<DocumentFile?> OpenAsync(DyadDbContext db, PortalFiles files, Guid accountId, Guid documentId, Guid versionId,
        CancellationToken cancellationToken)
    {
        var version = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.Id == versionId && v.DocumentId == documentId
                        && db.PortalDocuments.Any(d => d.Id == documentId && d.AccountId == accountId))
            .SingleOrDefaultAsync(cancellationToken);
        if (version is null || files.Open(version.File) is not { } content)
        {
            return null;
        }
        return new DocumentFile(version.File, content);
    }
}

using Dyad.Core.Coding;
using Dyad.Core.Events;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Events;

/// <summary>An upload on its way in: the stream is read once and stored outside the web root.</summary>
public sealed record EvidenceUpload(string FileName, Stream Content, long Length);

public sealed record EvidenceDownload(string FileName, string ContentType, Stream Content);

/// <summary>Quotes, notes and documents behind an event, and the first-order codes put on them.</summary>
public sealed class EvidenceService(IDbContextFactory<DyadDbContext> contexts, EvidenceFiles files, TimeProvider clock)
{
    /// <returns>The new evidence's id, or null when the event does not exist in the workspace.</returns>
    public async Task<Guid?> AddAsync(Guid eventId, EvidenceDetails details, EvidenceUpload? upload = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var criticalEvent = await db.CriticalEvents.SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (criticalEvent is null)
        {
            return null;
        }
        var evidence = new Evidence(criticalEvent, details, clock.GetUtcNow());
        if (upload is not null)
        {
            evidence.Attach(await files.SaveAsync(upload.FileName, upload.Content, upload.Length, cancellationToken));
        }
        else if (details.Kind == EvidenceKind.Document)
        {
            throw Core.Common.DomainValidationException.For("File", "A document needs its file.");
        }
        db.Evidence.Add(evidence);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // The row was not written, so the file it would have pointed to must not stay behind.
            if (evidence.File is { } orphan)
            {
                files.Delete(orphan);
            }
            throw;
        }
        return evidence.Id;
    }

    public async Task<bool> RemoveAsync(Guid eventId, Guid evidenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var evidence = await db.Evidence.SingleOrDefaultAsync(e => e.Id == evidenceId && e.EventId == eventId, cancellationToken);
        if (evidence is null)
        {
            return false;
        }
        db.Evidence.Remove(evidence);
        await db.SaveChangesAsync(cancellationToken);
        if (evidence.File is { } file)
        {
            files.Delete(file);
        }
        return true;
    }

    public async Task<EvidenceDownload?> DownloadAsync(Guid eventId, Guid evidenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var evidence = await db.Evidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId && e.EventId == eventId, cancellationToken);
        return evidence?.File is { } file && files.Open(file) is { } content ? new EvidenceDownload(file.FileName, file.ContentType, content) : null;
    }

    /// <summary>Puts a first-order code on the evidence, creating the code when the label is new.</summary>
    public async Task<CodeView?> CodeAsync(Guid eventId, Guid evidenceId, CodeRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var evidence = await db.Evidence.SingleOrDefaultAsync(e => e.Id == evidenceId && e.EventId == eventId, cancellationToken);
        if (evidence is null)
        {
            return null;
        }
        var label = request.Label?.Trim() ?? "";
        var code = await db.FirstOrderCodes.SingleOrDefaultAsync(c => c.Label == label, cancellationToken);
        if (code is null)
        {
            code = new FirstOrderCode(evidence.WorkspaceId, label);
            db.FirstOrderCodes.Add(code);
        }
        if (!await db.EvidenceCodings.AnyAsync(c => c.EvidenceId == evidenceId && c.CodeId == code.Id, cancellationToken))
        {
            db.EvidenceCodings.Add(new EvidenceCoding(evidence.WorkspaceId, evidenceId, code.Id));
        }
        await db.SaveOrConflictAsync($"The code '{label}' was just added by someone else; add it again.", cancellationToken);
        return new CodeView(code.Id, code.Label, code.PracticeId);
    }

    public async Task<bool> UncodeAsync(Guid eventId, Guid evidenceId, Guid codeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.EvidenceCodings
            .Where(c => c.EvidenceId == evidenceId && c.CodeId == codeId && db.Evidence.Any(e => e.Id == evidenceId && e.EventId == eventId))
            .ExecuteAuditedDeleteAsync(db, cancellationToken) > 0;
    }
}

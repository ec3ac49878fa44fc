using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Feedback.Notes;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Feedback;

/// <summary>An employee note with the names of its account and touchpoint.</summary>
public sealed record EmployeeNoteView(
    Guid Id, string Text, EmployeeNoteKind Kind, string Author, DateOnly Date, Guid? AccountId, string? AccountName,
    BuyingCentreRole? StakeholderRole, int? Phase, Guid? TouchpointId, string? TouchpointName, DateTimeOffset CreatedAt);

public sealed record EmployeeNoteImportSummary(int Imported);

/// <summary>
/// Notes employees enter or import (focus groups, workshops, account reviews): listed, written, removed, and imported
/// from CSV all or nothing. They show in the feedback inbox as the employees' voice.
/// </summary>
public sealed class EmployeeNotes(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    /// <summary>The note list's sort keys for the API; <c>date</c> descending (newest first) unless asked otherwise.</summary>
    public static readonly CursorSort<EmployeeNote> Sorts = new CursorSort<EmployeeNote>(n => n.Id)
        .By("date", n => n.Date, SortOrder.Desc)
        .By("created_at", n => n.CreatedAt);

    /// <summary>A page of the notes, optionally of one kind or account.</summary>
    public async Task<CursorPage<EmployeeNoteView>> PageAsync(EmployeeNoteKind? kind, Guid? accountId, CursorRequest page,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notes = db.EmployeeNotes.AsNoTracking();
        if (kind is { } wantedKind)
        {
            notes = notes.Where(n => n.Kind == wantedKind);
        }
        if (accountId is { } wantedAccount)
        {
            notes = notes.Where(n => n.AccountId == wantedAccount);
        }
        var found = await Sorts.PageAsync(notes, page, cancellationToken);
        return new CursorPage<EmployeeNoteView>(await ViewsAsync(db, found.Items, cancellationToken), found.NextCursor);
    }

    public async Task<EmployeeNoteView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.EmployeeNotes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken) is { } note
            ? (await ViewsAsync(db, [note], cancellationToken))[0]
            : null;
    }

    public async Task<EmployeeNoteView> CreateAsync(EmployeeNoteDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var note = new EmployeeNote(db.Scope.WorkspaceId!.Value, details, clock.GetUtcNow());
        (await References.LoadAsync(db, cancellationToken)).Check(details).ThrowIfAny();
        db.EmployeeNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewsAsync(db, [note], cancellationToken))[0];
    }

    public async Task<EmployeeNoteView?> UpdateAsync(Guid id, EmployeeNoteDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var note = await db.EmployeeNotes.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (note is null)
        {
            return null;
        }
        note.Update(details);
        (await References.LoadAsync(db, cancellationToken)).Check(details).ThrowIfAny();
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewsAsync(db, [note], cancellationToken))[0];
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.EmployeeNotes.Where(n => n.Id == id).ExecuteAuditedDeleteAsync(db, cancellationToken) > 0;
    }

    /// <summary>Stores every note of the file, or none: a bad cell fails the whole file with its row and column named.</summary>
    /// <exception cref="DomainValidationException">Keyed "row 3, column date", like a spreadsheet numbers rows (the header is row 1).</exception>
    public async Task<EmployeeNoteImportSummary> ImportAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var references = await References.LoadAsync(db, cancellationToken);
        var workspaceId = db.Scope.WorkspaceId!.Value;
        var now = clock.GetUtcNow();
        var notes = EmployeeNoteCsv.Read(reader, references.AccountByName, references.Touchpoints)
            .Select(details => new EmployeeNote(workspaceId, details, now))
            .ToList();
        db.EmployeeNotes.AddRange(notes);
        // One SaveChanges is one transaction: the file is stored whole or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return new EmployeeNoteImportSummary(notes.Count);
    }

    private static async Task<IReadOnlyList<EmployeeNoteView>> ViewsAsync(DyadDbContext db, IReadOnlyList<EmployeeNote> notes,
        CancellationToken cancellationToken)
    {
        var accountIds = notes.Select(n => n.AccountId).OfType<Guid>().Distinct().ToArray();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var touchpointIds = notes.Select(n => n.TouchpointId).OfType<Guid>().Distinct().ToArray();
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => touchpointIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return notes.Select(n => new EmployeeNoteView(n.Id, n.Text, n.Kind, n.Author, n.Date, n.AccountId,
                n.AccountId is { } a ? accounts.GetValueOrDefault(a) : null, n.StakeholderRole, n.Phase, n.TouchpointId,
                n.TouchpointId is { } t ? touchpoints.GetValueOrDefault(t) : null, n.CreatedAt))
            .ToList();
    }

    /// <summary>The workspace's accounts and touchpoints a note may name; few enough to hold whole.</summary>
    private sealed record References(IReadOnlyDictionary<string, Guid> AccountByName, IReadOnlyDictionary<string, Guid> Touchpoints,
        IReadOnlySet<Guid> AccountIds, IReadOnlySet<Guid> TouchpointIds)
    {
        public static async Task<References> LoadAsync(DyadDbContext db, CancellationToken cancellationToken)
        {
            var accounts = await db.Accounts.AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
            var touchpoints = await db.Touchpoints.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
            return new References(
                accounts.ToDictionary(a => a.Name, a => a.Id, StringComparer.OrdinalIgnoreCase),
                // Touchpoint names repeat across journeys, so a file names a touchpoint by its id or by a name only it has.
                touchpoints.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1)
                    .Select(g => (Key: g.Key, g.Single().Id))
                    .Concat(touchpoints.Select(t => (Key: t.Id.ToString(), t.Id)))
                    .ToDictionary(t => t.Key, t => t.Id, StringComparer.OrdinalIgnoreCase),
                accounts.Select(a => a.Id).ToHashSet(),
                touchpoints.Select(t => t.Id).ToHashSet());
        }

        public FieldErrors Check(EmployeeNoteDetails details)
        {
            var errors = new FieldErrors();
            if (details.AccountId is { } account && !AccountIds.Contains(account))
            {
                errors.Add(nameof(details.AccountId), "The account must be one of this workspace's accounts.");
            }
            if (details.TouchpointId is { } touchpoint && !TouchpointIds.Contains(touchpoint))
            {
                errors.Add(nameof(details.TouchpointId), "The touchpoint must be one of this workspace's touchpoints.");
            }
            return errors;
        }
    }
}

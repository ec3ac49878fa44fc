using System.Globalization;
using CsvHelper;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Audit;

/// <summary>Narrows the log: by entity type or one entity, by the acting user, and by time (from inclusive, to exclusive).</summary>
public sealed record AuditFilter(string? EntityType = null, string? EntityId = null, Guid? UserId = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null);

public sealed record AuditEntryView(Guid Id, DateTimeOffset At, ActorKind ActorKind, Guid? ActorUserId, Guid? ActorTokenId, string ActorName,
    string EntityType, string EntityId, AuditAction Action, IReadOnlyList<AuditChange> Changes);

/// <summary>Reads the workspace's audit log, newest first, as pages for the screen and the API or whole as CSV.</summary>
public sealed class AuditLog(IDbContextFactory<DyadDbContext> contexts)
{
    public static readonly string[] CsvColumns =
        ["at", "actor_kind", "actor", "actor_user_id", "entity_type", "entity_id", "action", "property", "old_value", "new_value"];

    /// <summary>The API's sort keys: newest first unless asked otherwise.</summary>
    public static readonly CursorSort<AuditEntry> Sorts = new CursorSort<AuditEntry>(e => e.Id)
        .By("at", e => e.At, SortOrder.Desc);

    /// <summary>One page by cursor, for API clients that walk the whole log while it grows.</summary>
    public async Task<CursorPage<AuditEntryView>> PageAsync(AuditFilter filter, CursorRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await Sorts.PageAsync(Matching(db, filter), page, cancellationToken)).Select(ToView);
    }

    /// <summary>A numbered page with the total, for the screen's pager.</summary>
    public async Task<Page<AuditEntryView>> ListAsync(AuditFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var normalized = page.Normalized;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db, filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(page.Skip).Take(normalized.PageSize).ToListAsync(cancellationToken);
        return new Page<AuditEntryView>(items.Select(ToView).ToList(), normalized.PageNumber, normalized.PageSize, total);
    }

    /// <summary>The entity types the log holds, for a filter's choices.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    /// <summary>One row per changed property (an entry without changes gets one row of its own); every text cell guarded.</summary>
    public async Task<int> ExportCsvAsync(AuditFilter filter, TextWriter writer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in CsvColumns)
        {
            csv.WriteField(column);
        }
        await csv.NextRecordAsync();
        var count = 0;
        await foreach (var entry in Filtered(db, filter).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var changes = entry.Changes.Count == 0 ? [new AuditChange("", null, null)] : entry.Changes;
            foreach (var change in changes)
            {
                csv.WriteField(entry.At.ToString("O", CultureInfo.InvariantCulture));
                csv.WriteField(entry.ActorKind.ToString());
                csv.WriteField(SpreadsheetCells.Guard(entry.ActorName));
                csv.WriteField(entry.ActorUserId?.ToString() ?? "");
                csv.WriteField(entry.EntityType);
                csv.WriteField(SpreadsheetCells.Guard(entry.EntityId));
                csv.WriteField(entry.Action.ToString());
                csv.WriteField(change.Property);
                csv.WriteField(SpreadsheetCells.Guard(change.Old ?? ""));
                csv.WriteField(SpreadsheetCells.Guard(change.New ?? ""));
                await csv.NextRecordAsync();
            }
            count++;
        }
        return count;
    }

    private static IQueryable<AuditEntry> Filtered(DyadDbContext db, AuditFilter filter) =>
        Matching(db, filter).OrderByDescending(e => e.At).ThenByDescending(e => e.Id);

    private static IQueryable<AuditEntry> Matching(DyadDbContext db, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType.Trim());
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(e => e.EntityId == filter.EntityId.Trim());
        }
        if (filter.UserId is { } userId)
        {
            query = query.Where(e => e.ActorUserId == userId);
        }
        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }
        return query;
    }

    private static AuditEntryView ToView(AuditEntry e) =>
        new(e.Id, e.At, e.ActorKind, e.ActorUserId, e.ActorTokenId, e.ActorName, e.EntityType, e.EntityId, e.Action, e.Changes);
}

using Dyad.Core.Touchpoints;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Touchpoints;

public sealed record OccurrenceView(Guid Id, Guid TouchpointId, Guid JourneyId, Guid AccountId, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt,
    string? Note, IReadOnlyList<Guid> StakeholderIds)
{
    internal static OccurrenceView Of(TouchpointOccurrence o) =>
        new(o.Id, o.TouchpointId, o.JourneyId, o.AccountId, o.OccurredAt, o.RecordedAt, o.Note, o.StakeholderIds);
}

/// <summary>Recording that a touchpoint happened, and its history.</summary>
public sealed class TouchpointOccurrenceService(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    /// <returns>The occurrence, or null when the touchpoint does not exist in the workspace.</returns>
    public async Task<OccurrenceView?> RecordAsync(Guid touchpointId, OccurrenceDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var touchpoint = await db.Touchpoints.SingleOrDefaultAsync(t => t.Id == touchpointId, cancellationToken);
        if (touchpoint is null)
        {
            return null;
        }
        var accountId = await db.Journeys.Where(j => j.Id == touchpoint.JourneyId).Select(j => j.AccountId).SingleAsync(cancellationToken);
        var involved = (details.StakeholderIds ?? []).ToList();
        var stakeholders = await db.Stakeholders.Where(s => s.AccountId == accountId && involved.Contains(s.Id)).ToListAsync(cancellationToken);
        var occurrence = new TouchpointOccurrence(touchpoint, accountId, stakeholders, details, clock.GetUtcNow());
        db.TouchpointOccurrences.Add(occurrence);
        await db.SaveChangesAsync(cancellationToken);
        return OccurrenceView.Of(occurrence);
    }

    /// <summary>The occurrence list's sort keys; <c>occurred_at</c> descending (latest first) unless asked otherwise.</summary>
    public static readonly CursorSort<TouchpointOccurrence> Sorts = new CursorSort<TouchpointOccurrence>(o => o.Id)
        .By("occurred_at", o => o.OccurredAt, SortOrder.Desc)
        .By("recorded_at", o => o.RecordedAt);

    /// <summary>A page of the touchpoint's occurrences in [from, to), optionally on one journey or account.</summary>
    /// <returns>Null when the touchpoint does not exist.</returns>
    public async Task<CursorPage<OccurrenceView>?> PageAsync(Guid touchpointId, OccurrenceFilter filter, CursorRequest page,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Touchpoints.AnyAsync(t => t.Id == touchpointId, cancellationToken))
        {
            return null;
        }
        var query = db.TouchpointOccurrences.AsNoTracking().Where(o => o.TouchpointId == touchpointId);
        if (filter.JourneyId is { } journeyId)
        {
            query = query.Where(o => o.JourneyId == journeyId);
        }
        if (filter.AccountId is { } accountId)
        {
            query = query.Where(o => o.AccountId == accountId);
        }
        if (filter.From is { } start)
        {
            query = query.Where(o => o.OccurredAt >= start);
        }
        if (filter.To is { } end)
        {
            query = query.Where(o => o.OccurredAt < end);
        }
        return (await Sorts.PageAsync(query, page, cancellationToken)).Select(OccurrenceView.Of);
    }
}

/// <summary>Which occurrences of a touchpoint to list: on one journey or account, occurred from <c>From</c> (inclusive) until <c>To</c> (exclusive).</summary>
public sealed record OccurrenceFilter(Guid? JourneyId = null, Guid? AccountId = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

using Dyad.Core.Touchpoints;
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
    public const int DefaultLimit = 100;

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

    /// <returns>The latest occurrences first, at most <paramref name="limit"/>, or null when the touchpoint does not exist.</returns>
    public async Task<IReadOnlyList<OccurrenceView>?> ListAsync(Guid touchpointId, DateTimeOffset? from = null, DateTimeOffset? to = null,
        int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Touchpoints.AnyAsync(t => t.Id == touchpointId, cancellationToken))
        {
            return null;
        }
        var query = db.TouchpointOccurrences.AsNoTracking().Where(o => o.TouchpointId == touchpointId);
        if (from is { } start)
        {
            query = query.Where(o => o.OccurredAt >= start);
        }
        if (to is { } end)
        {
            query = query.Where(o => o.OccurredAt < end);
        }
        var occurrences = await query.OrderByDescending(o => o.OccurredAt).Take(Math.Clamp(limit, 1, 1000)).ToListAsync(cancellationToken);
        return occurrences.Select(OccurrenceView.Of).ToList();
    }
}

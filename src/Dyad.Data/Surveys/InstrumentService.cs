using Dyad.Core.Surveys.Instruments;
using Dyad.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys;

/// <summary>Instruments as data: the built-in ones alongside the workspace's own, which it creates, changes and removes.</summary>
public sealed class InstrumentService(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    /// <summary>The built-in instruments first, in their fixed order, then the workspace's own by name.</summary>
    public async Task<IReadOnlyList<InstrumentView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var own = await db.Instruments.AsNoTracking().OrderBy(i => i.Name).ToListAsync(cancellationToken);
        return [.. BuiltInInstruments.All.Select(InstrumentView.Of), .. own.Select(InstrumentView.Of)];
    }

    /// <summary>A built-in instrument by key or one of the workspace's by id; null when neither exists.</summary>
    public async Task<InstrumentView?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        if (BuiltInInstruments.Find(key) is { } builtIn)
        {
            return InstrumentView.Of(builtIn);
        }
        if (!Guid.TryParse(key, out var id))
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Instruments.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is { } own
            ? InstrumentView.Of(own)
            : null;
    }

    public async Task<Guid> CreateAsync(InstrumentDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var instrument = new WorkspaceInstrument(db.Scope.Required, details, clock.GetUtcNow());
        db.Instruments.Add(instrument);
        await db.SaveChangesAsync(cancellationToken);
        return instrument.Id;
    }

    /// <returns>False when the instrument is not one of the workspace's own.</returns>
    public async Task<bool> UpdateAsync(Guid id, InstrumentDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var instrument = await db.Instruments.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (instrument is null)
        {
            return false;
        }
        instrument.Update(details);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Surveys made from the instrument keep their copies of its questions.</summary>
    /// <returns>False when the instrument is not one of the workspace's own.</returns>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Instruments.Where(i => i.Id == id).ExecuteAuditedDeleteAsync(db, cancellationToken) > 0;
    }
}

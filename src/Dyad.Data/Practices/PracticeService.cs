using Dyad.Core.Common;
using Dyad.Core.Practices;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Practices;

public sealed record PracticeView(
    Guid Id,
    string Key,
    string Name,
    string Description,
    PracticePolarity Polarity,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> SourceReferences,
    string? ActivityCode,
    bool IsBuiltIn,
    Guid? DimensionId,
    int TimesUsed)
{
    public static PracticeView From(Practice p, int timesUsed) =>
        new(p.Id, p.Key, p.Name, p.Description, p.Polarity, p.Aliases, p.SourceReferences, p.ActivityCode, p.IsBuiltIn, p.DimensionId, timesUsed);

    public PracticeDraft ToDraft() => new(Name, Description, Polarity, Aliases, DimensionId);
}

/// <summary>The workspace's practice catalogue.</summary>
public sealed class PracticeService(IDbContextFactory<DyadDbContext> contexts)
{
    public async Task<IReadOnlyList<PracticeView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var usage = await db.EventPractices.GroupBy(p => p.PracticeId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var practices = await db.Practices.AsNoTracking().ToListAsync(cancellationToken);
        return practices
            .OrderBy(p => p.Polarity).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(p => PracticeView.From(p, usage.GetValueOrDefault(p.Id)))
            .ToList();
    }

    public async Task<PracticeView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return practice is null ? null : PracticeView.From(practice, await db.EventPractices.CountAsync(p => p.PracticeId == id, cancellationToken));
    }

    public async Task<PracticeView> CreateAsync(PracticeDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureDimensionAsync(db, draft.DimensionId, cancellationToken);
        var practice = Practice.Custom(db.Scope.Required, draft);
        await EnsureNamesFreeAsync(db, practice, cancellationToken);
        db.Practices.Add(practice);
        await db.SaveOrConflictAsync($"A practice named '{practice.Name}' already exists.", cancellationToken);
        return PracticeView.From(practice, 0);
    }

    public async Task<PracticeView?> ReviseAsync(Guid id, PracticeDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practice is null)
        {
            return null;
        }
        await EnsureDimensionAsync(db, draft.DimensionId, cancellationToken);
        await EnsureNoModesIfDestructingAsync(db, practice, draft, cancellationToken);
        practice.Revise(draft);
        await EnsureNamesFreeAsync(db, practice, cancellationToken);
        await db.SaveOrConflictAsync($"A practice named '{practice.Name}' already exists.", cancellationToken);
        return PracticeView.From(practice, await db.EventPractices.CountAsync(p => p.PracticeId == id, cancellationToken));
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practice is null)
        {
            return false;
        }
        if (practice.IsBuiltIn)
        {
            throw new ConflictException($"'{practice.Name}' is a built-in practice and stays in the catalogue.");
        }
        var uses = await db.EventPractices.CountAsync(p => p.PracticeId == id, cancellationToken);
        if (uses > 0)
        {
            throw new ConflictException($"'{practice.Name}' is coded in {uses} event(s); remove it there first.");
        }
        db.Practices.Remove(practice);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static async Task EnsureDimensionAsync(DyadDbContext db, Guid? dimensionId, CancellationToken cancellationToken)
    {
        if (dimensionId is { } id && !await db.AggregateDimensions.AnyAsync(d => d.Id == id, cancellationToken))
        {
            throw DomainValidationException.For(nameof(PracticeDraft.DimensionId), "Choose an aggregate dimension of this workspace.");
        }
    }

    /// <summary>
    /// Destructing practices carry no modes (see <see cref="Core.Events.PracticeInstance"/>), so a practice already used
    /// with modes cannot turn destructing: its uses would break that rule and count in the circumplex.
    /// </summary>
    private static async Task EnsureNoModesIfDestructingAsync(DyadDbContext db, Practice practice, PracticeDraft draft, CancellationToken cancellationToken)
    {
        if (draft.Polarity != PracticePolarity.Destructing || practice.Polarity == PracticePolarity.Destructing)
        {
            return;
        }
        var typed = await db.EventPractices.CountAsync(p => p.PracticeId == practice.Id && (p.Organization != null || p.Engagement != null), cancellationToken);
        if (typed > 0)
        {
            throw new ConflictException(
                $"'{practice.Name}' is used with modes in {typed} event(s), and a destructing practice has none; remove its modes there first.");
        }
    }

    /// <summary>A name or alias must point to one practice only, or coders' labels would be ambiguous.</summary>
    private static async Task EnsureNamesFreeAsync(DyadDbContext db, Practice practice, CancellationToken cancellationToken)
    {
        var others = await db.Practices.AsNoTracking().Where(p => p.Id != practice.Id).ToListAsync(cancellationToken);
        var taken = others.SelectMany(p => p.Aliases.Prepend(p.Name).Select(n => (Name: n, Owner: p.Name)))
            .ToLookup(n => n.Name, StringComparer.OrdinalIgnoreCase);
        var clash = practice.Aliases.Prepend(practice.Name).FirstOrDefault(n => taken.Contains(n));
        if (clash is not null)
        {
            throw DomainValidationException.For(nameof(PracticeDraft.Aliases), $"'{clash}' already names the practice '{taken[clash].First().Owner}'.");
        }
    }
}

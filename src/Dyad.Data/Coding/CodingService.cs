using Dyad.Core.Coding;
using Dyad.Core.Common;
using Dyad.Core.Practices;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Coding;

public sealed record FirstOrderCodeNode(Guid Id, string Label, int Uses);

public sealed record PracticeNode(Guid Id, string Name, PracticePolarity Polarity, IReadOnlyList<FirstOrderCodeNode> Codes, int EventUses);

public sealed record DimensionNode(Guid? Id, string Name, string? Description, IReadOnlyList<PracticeNode> Practices);

/// <summary>
/// The Gioia data structure as a tree: aggregate dimensions, then second-order practices, then the
/// first-order codes grouped into them. Practices and codes not yet grouped sit under a node without id.
/// </summary>
public sealed record DataStructure(IReadOnlyList<DimensionNode> Dimensions, IReadOnlyList<FirstOrderCodeNode> UngroupedCodes);

public sealed record DimensionDraft(string Name, string? Description);

public sealed record CodeDraft(string Label, Guid? PracticeId);

public sealed class CodingService(IDbContextFactory<DyadDbContext> contexts)
{
    public const string UngroupedPractices = "Not yet in a dimension";

    public async Task<DataStructure> DataStructureAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dimensions = await db.AggregateDimensions.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var practices = await db.Practices.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var codes = await db.FirstOrderCodes.AsNoTracking().OrderBy(c => c.Label).ToListAsync(cancellationToken);
        var codeUses = await db.EvidenceCodings.GroupBy(c => c.CodeId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var eventUses = await db.EventPractices.GroupBy(p => p.PracticeId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        PracticeNode Node(Practice p) => new(p.Id, p.Name, p.Polarity,
            codes.Where(c => c.PracticeId == p.Id).Select(c => new FirstOrderCodeNode(c.Id, c.Label, codeUses.GetValueOrDefault(c.Id))).ToList(),
            eventUses.GetValueOrDefault(p.Id));

        var tree = dimensions
            .Select(d => new DimensionNode(d.Id, d.Name, d.Description, practices.Where(p => p.DimensionId == d.Id).Select(Node).ToList()))
            .ToList();
        var loose = practices.Where(p => p.DimensionId is null).Select(Node).ToList();
        if (loose.Count > 0)
        {
            tree.Add(new DimensionNode(null, UngroupedPractices, null, loose));
        }
        return new DataStructure(tree,
            codes.Where(c => c.PracticeId is null).Select(c => new FirstOrderCodeNode(c.Id, c.Label, codeUses.GetValueOrDefault(c.Id))).ToList());
    }

    public async Task<Guid> CreateDimensionAsync(DimensionDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dimension = new AggregateDimension(db.Scope.Required, draft.Name, draft.Description);
        db.AggregateDimensions.Add(dimension);
        await db.SaveOrConflictAsync($"A dimension named '{dimension.Name}' already exists.", cancellationToken);
        return dimension.Id;
    }

    public async Task<bool> ReviseDimensionAsync(Guid id, DimensionDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dimension = await db.AggregateDimensions.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dimension is null)
        {
            return false;
        }
        dimension.Rename(draft.Name, draft.Description);
        await db.SaveOrConflictAsync($"A dimension named '{dimension.Name}' already exists.", cancellationToken);
        return true;
    }

    /// <summary>Deletes a dimension; its practices stay, ungrouped.</summary>
    public async Task<bool> DeleteDimensionAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dimension = await db.AggregateDimensions.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dimension is null)
        {
            return false;
        }
        foreach (var practice in await db.Practices.Where(p => p.DimensionId == id).ToListAsync(cancellationToken))
        {
            practice.MoveToDimension(null);
        }
        db.AggregateDimensions.Remove(dimension);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> MovePracticeAsync(Guid practiceId, Guid? dimensionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null)
        {
            return false;
        }
        if (dimensionId is { } id && !await db.AggregateDimensions.AnyAsync(d => d.Id == id, cancellationToken))
        {
            throw DomainValidationException.For("DimensionId", "Choose an aggregate dimension of this workspace.");
        }
        practice.MoveToDimension(dimensionId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<CodeDraft?> GetCodeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FirstOrderCodes.Where(c => c.Id == id).Select(c => new CodeDraft(c.Label, c.PracticeId)).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<Guid> CreateCodeAsync(CodeDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsurePracticeAsync(db, draft.PracticeId, cancellationToken);
        var code = new FirstOrderCode(db.Scope.Required, draft.Label, draft.PracticeId);
        db.FirstOrderCodes.Add(code);
        await db.SaveOrConflictAsync($"The code '{code.Label}' already exists.", cancellationToken);
        return code.Id;
    }

    /// <summary>Relabels a code and groups it into a practice (or none); every piece of evidence coded with it follows.</summary>
    public async Task<bool> ReviseCodeAsync(Guid id, CodeDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var code = await db.FirstOrderCodes.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (code is null)
        {
            return false;
        }
        await EnsurePracticeAsync(db, draft.PracticeId, cancellationToken);
        code.Relabel(draft.Label);
        code.GroupInto(draft.PracticeId);
        await db.SaveOrConflictAsync($"The code '{code.Label}' already exists; merge by coding the evidence with it instead.", cancellationToken);
        return true;
    }

    public async Task<bool> DeleteCodeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FirstOrderCodes.Where(c => c.Id == id).ExecuteAuditedDeleteAsync(db, cancellationToken) > 0;
    }

    private static async Task EnsurePracticeAsync(DyadDbContext db, Guid? practiceId, CancellationToken cancellationToken)
    {
        if (practiceId is { } id && !await db.Practices.AnyAsync(p => p.Id == id, cancellationToken))
        {
            throw DomainValidationException.For(nameof(CodeDraft.PracticeId), "Choose a practice of this workspace's catalogue.");
        }
    }
}

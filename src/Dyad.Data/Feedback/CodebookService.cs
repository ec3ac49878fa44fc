using Dyad.Core.Common;
using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.Feedback.Inbox;
using Dyad.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Feedback;

public sealed record CodebookView(Guid Id, string Name, IReadOnlyList<OwnedKeyword> Keywords, IReadOnlyList<TopicThreshold> Thresholds,
    int OtherTopicsThreshold, DateTimeOffset CreatedAt)
{
    internal static CodebookView Of(WorkspaceCodebook c) => new(c.Id, c.Name, c.Keywords, c.Thresholds, c.OtherTopicsThreshold, c.CreatedAt);
}

/// <summary>The workspace's codebooks: listed, created, edited and removed; feedback is coded with all of them.</summary>
public sealed class CodebookService(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<CodebookView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await LoadAsync(db, cancellationToken)).Select(CodebookView.Of).ToList();
    }

    public async Task<CodebookView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Codebooks.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } codebook
            ? CodebookView.Of(codebook)
            : null;
    }

    public async Task<CodebookView> CreateAsync(CodebookDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var codebook = new WorkspaceCodebook(db.Scope.WorkspaceId!.Value, draft, clock.GetUtcNow());
        await CheckOwnersAsync(db, codebook, cancellationToken);
        db.Codebooks.Add(codebook);
        await db.SaveChangesAsync(cancellationToken);
        return CodebookView.Of(codebook);
    }

    /// <summary>Replaces a codebook's name, keywords and thresholds; feedback is re-coded on the next read, keeping manual codes.</summary>
    public async Task<CodebookView?> UpdateAsync(Guid id, CodebookDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var codebook = await db.Codebooks.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (codebook is null)
        {
            return null;
        }
        codebook.Update(draft);
        await CheckOwnersAsync(db, codebook, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CodebookView.Of(codebook);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Codebooks.Where(c => c.Id == id).ExecuteAuditedDeleteAsync(db, cancellationToken) > 0;
    }

    /// <summary>Oldest first: when two codebooks define the same keyword for the same topic, the older one's counts.</summary>
    internal static Task<List<WorkspaceCodebook>> LoadAsync(DyadDbContext db, CancellationToken cancellationToken) =>
        db.Codebooks.AsNoTracking().OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// All the workspace's codebooks as one, with each keyword's owners and each topic's threshold; like a keyword, a
    /// topic's threshold is the oldest codebook's that sets one, and so is the threshold of the other topics.
    /// </summary>
    internal static async Task<CombinedCodebook> CombinedAsync(DyadDbContext db, CancellationToken cancellationToken)
    {
        var codebooks = await LoadAsync(db, cancellationToken);
        var keywords = codebooks
            .SelectMany(c => c.Keywords)
            .DistinctBy(k => (k.Topic?.ToLowerInvariant(), k.Keyword.ToLowerInvariant()))
            .ToArray();
        var owners = keywords.Where(k => k.OwnerId is not null)
            .ToLookup(k => k.Keyword, k => k.OwnerId!.Value, StringComparer.OrdinalIgnoreCase);
        var thresholds = codebooks.SelectMany(c => c.Thresholds).DistinctBy(t => t.Topic.ToLowerInvariant())
            .ToDictionary(t => t.Topic, t => t.Minimum, StringComparer.OrdinalIgnoreCase);
        return new CombinedCodebook(Codebook.Create(keywords.Select(k => k.ToKeyword())), owners, thresholds,
            codebooks.FirstOrDefault()?.OtherTopicsThreshold ?? WorkspaceCodebook.DefaultOtherTopicsThreshold);
    }

    private static async Task CheckOwnersAsync(DyadDbContext db, WorkspaceCodebook codebook, CancellationToken cancellationToken)
    {
        var owners = codebook.Keywords.Select(k => k.OwnerId).OfType<Guid>().Distinct().ToArray();
        var known = await db.Users.Where(u => u.WorkspaceId == codebook.WorkspaceId && owners.Contains(u.Id)).Select(u => u.Id)
            .ToListAsync(cancellationToken);
        var errors = new FieldErrors();
        foreach (var (index, keyword) in codebook.Keywords.Index())
        {
            if (keyword.OwnerId is { } owner && !known.Contains(owner))
            {
                errors.Add($"keywords[{index}].ownerId", "The owner must be a user of this workspace.");
            }
        }
        errors.ThrowIfAny();
    }
}

internal sealed record CombinedCodebook(Codebook Codebook, ILookup<string, Guid> Owners, IReadOnlyDictionary<string, int> Thresholds,
    int OtherTopicsThreshold);

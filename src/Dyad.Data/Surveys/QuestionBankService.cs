using Dyad.Core.Surveys.Instruments;
using Dyad.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys;

/// <summary>The workspace's question bank: reusable single questions, found by tag.</summary>
public sealed class QuestionBankService(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    /// <summary>Newest first; with a tag, only the questions carrying it.</summary>
    public async Task<IReadOnlyList<QuestionBankView>> ListAsync(string? tag = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = await db.QuestionBank.AsNoTracking().ToListAsync(cancellationToken);
        var wanted = tag?.Trim().ToLowerInvariant();
        return items.Where(i => string.IsNullOrEmpty(wanted) || i.Tags.Contains(wanted))
            .OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id).Select(QuestionBankView.Of).ToList();
    }

    public async Task<QuestionBankView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.QuestionBank.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is { } item
            ? QuestionBankView.Of(item)
            : null;
    }

    public async Task<Guid> CreateAsync(QuestionBankDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = new QuestionBankItem(db.Scope.Required, details, clock.GetUtcNow());
        db.QuestionBank.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }

    /// <returns>False when the question is not in the workspace's bank.</returns>
    public async Task<bool> UpdateAsync(Guid id, QuestionBankDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.QuestionBank.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return false;
        }
        item.Update(details);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <returns>False when the question is not in the workspace's bank.</returns>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.QuestionBank.Where(i => i.Id == id).ExecuteAuditedDeleteAsync(db, cancellationToken) > 0;
    }
}

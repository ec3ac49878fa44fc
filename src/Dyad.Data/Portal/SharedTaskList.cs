using Dyad.Core.Portal;
using Dyad.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Portal;

/// <summary>The task list both sides edit: the same rules whether a customer or the provider changes it, keyed on the account.</summary>
internal static class SharedTaskList
{
    public static async Task<SharedTaskView> AddAsync(DyadDbContext db, Guid workspaceId, Guid accountId, SharedTaskRequest request, string by,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var task = new SharedTask(workspaceId, accountId, request.ToDetails(), by, now);
        if (request.Done)
        {
            task.MarkDone(true, by, now);
        }
        db.SharedTasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        return SharedTaskView.Of(task);
    }

    /// <returns>Null when the account has no such task.</returns>
    public static async Task<SharedTaskView?> UpdateAsync(DyadDbContext db, Guid accountId, Guid id, SharedTaskRequest request, string by,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var task = await db.SharedTasks.SingleOrDefaultAsync(t => t.Id == id && t.AccountId == accountId, cancellationToken);
        if (task is null)
        {
            return null;
        }
        task.Update(request.ToDetails(), by, now);
        task.MarkDone(request.Done, by, now);
        await db.SaveChangesAsync(cancellationToken);
        return SharedTaskView.Of(task);
    }

    public static async Task<bool> DeleteAsync(DyadDbContext db, Guid accountId, Guid id, CancellationToken cancellationToken) =>
        await db.SharedTasks.Where(t => t.Id == id && t.AccountId == accountId).ExecuteAuditedDeleteAsync(db, cancellationToken) > 0;
}

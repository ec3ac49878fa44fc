using Dyad.Core.Privacy;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Privacy;

public sealed record RetentionResult(int InvitationsDeleted, int ResponsesUnlinked);

/// <summary>The workspace's retention periods and their application: old invitations deleted, old responses unlinked from people.</summary>
public sealed class RetentionService(IDbContextFactory<DyadDbContext> contexts, WorkspaceScope scope)
{
    /// <summary>Rows per save, so a first run on years of data neither holds one huge transaction nor tracks every row at once.</summary>
    private const int BatchSize = 500;

    public async Task<RetentionDetails> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.RetentionPolicies.SingleOrDefaultAsync(cancellationToken))?.ToDetails() ?? new RetentionDetails(null, null);
    }

    public async Task<RetentionDetails> UpdateAsync(RetentionDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var policy = await db.RetentionPolicies.SingleOrDefaultAsync(cancellationToken);
        if (policy is null)
        {
            policy = new RetentionPolicy(scope.Required);
            db.RetentionPolicies.Add(policy);
        }
        policy.Update(details);
        await db.SaveChangesAsync(cancellationToken);
        return policy.ToDetails();
    }

    public async Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var policy = await GetAsync(cancellationToken);
        var deleted = 0;
        if (RetentionPolicy.Cutoff(policy.InvitationMonths, now) is { } invitationCutoff)
        {
            deleted = await InBatchesAsync(db => db.SurveyInvitations.Where(i => i.CreatedAt < invitationCutoff),
                (db, invitation) => db.SurveyInvitations.Remove(invitation), cancellationToken);
        }
        var unlinked = 0;
        if (RetentionPolicy.Cutoff(policy.ResponseLinkMonths, now) is { } responseCutoff)
        {
            unlinked = await InBatchesAsync(db => db.SurveyResponses.Where(r => r.SubmittedAt < responseCutoff && r.StakeholderId != null),
                Anonymise.ResponseLink, cancellationToken);
        }
        return new RetentionResult(deleted, unlinked);
    }

    /// <summary>Each batch takes rows off the query's result, so the loop ends when none are left.</summary>
    private async Task<int> InBatchesAsync<T>(Func<DyadDbContext, IQueryable<T>> due, Action<DyadDbContext, T> apply, CancellationToken cancellationToken)
        where T : class
    {
        var total = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await due(db).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return total;
            }
            foreach (var row in batch)
            {
                apply(db, row);
            }
            await db.SaveChangesAsync(cancellationToken);
            total += batch.Count;
        }
    }
}

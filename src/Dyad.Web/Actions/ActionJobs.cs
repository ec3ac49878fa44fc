using Dyad.Data;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Web.Actions;

/// <summary>What one pass of the action jobs did.</summary>
public sealed record ActionJobsResult(int Escalated, int Delivered, int Retrying, int Failed)
{
    public static readonly ActionJobsResult None = new(0, 0, 0, 0);

    public ActionJobsResult Plus(ActionJobsResult other) =>
        new(Escalated + other.Escalated, Delivered + other.Delivered, Retrying + other.Retrying, Failed + other.Failed);
}

/// <summary>
/// One pass over every workspace: escalate overdue actions, then send the webhook deliveries that are due. Like the
/// survey scheduler, it keeps no state of its own, so a restart or a second app instance carries on from the rows.
/// Tests call <see cref="RunOnceAsync"/> directly.
/// </summary>
public sealed class ActionJobs(IServiceScopeFactory scopes, EscalationMailer mailer, WebhookDispatcher webhooks)
{
    public async Task<ActionJobsResult> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        List<Guid> workspaces;
        await using (var scope = scopes.CreateAsyncScope())
        {
            workspaces = await scope.ServiceProvider.GetRequiredService<DyadDbContext>().Workspaces.Select(w => w.Id).ToListAsync(cancellationToken);
        }
        var total = ActionJobsResult.None;
        foreach (var workspaceId in workspaces)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
            var escalated = await scope.ServiceProvider.GetRequiredService<Dyad.Data.Actions.ActionEscalation>().EscalateAsync(now, cancellationToken);
            await mailer.SendAsync(escalated, cancellationToken);
            total = total.Plus(ActionJobsResult.None with { Escalated = escalated.Count })
                .Plus(await webhooks.SendDueAsync(scope.ServiceProvider, now, cancellationToken));
        }
        return total;
    }
}

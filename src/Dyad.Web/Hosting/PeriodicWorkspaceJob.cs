using Dyad.Data;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Web.Hosting;

/// <summary>
/// A background job that, every interval, does its work in each workspace in turn, entered in a scope of its own as a
/// request would be. It keeps no state of its own, so a restart or a second instance only repeats work the job's own
/// rows make harmless to repeat.
/// </summary>
public abstract class PeriodicWorkspaceJob(IServiceScopeFactory scopes, TimeSpan interval, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>What the job does, for the log: "Alert evaluation".</summary>
    protected abstract string Name { get; }

    /// <summary>The job's work in the workspace the scope of <paramref name="services"/> is entered into.</summary>
    /// <returns>A line for the log when the pass changed something, otherwise null.</returns>
    protected abstract Task<string?> RunInWorkspaceAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A failed pass (the database briefly away) must not end the job; the next pass tries again.
                logger.LogError(failure, "{Job} failed", Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        List<Guid> workspaces;
        await using (var scope = scopes.CreateAsyncScope())
        {
            workspaces = await scope.ServiceProvider.GetRequiredService<DyadDbContext>().Workspaces.Select(w => w.Id).ToListAsync(cancellationToken);
        }
        var now = clock.GetUtcNow();
        foreach (var workspaceId in workspaces)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
            if (await RunInWorkspaceAsync(scope.ServiceProvider, now, cancellationToken) is { } changed)
            {
                logger.LogInformation("{Job} in workspace {Workspace}: {Result}", Name, workspaceId, changed);
            }
        }
    }
}

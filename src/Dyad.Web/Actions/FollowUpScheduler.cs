using Dyad.Data;
using Dyad.Data.Actions;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Actions;

/// <summary>How often queued follow-ups are looked for when no import has said it queued some (<c>Dyad:FollowUps:*</c>).</summary>
public sealed class FollowUpSettings
{
    public const string Section = "Dyad:FollowUps";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Opens the actions of the follow-ups imports queue, in every workspace that has some: as soon as an import's batch
/// commits (<see cref="FollowUpSignal"/>), and every <see cref="FollowUpSettings.Interval"/> for what another instance
/// or a killed process left queued. Several instances may run it on one database; each claims different rows.
/// </summary>
public sealed class FollowUpScheduler(IServiceScopeFactory scopes, FollowUpSignal signal, IOptions<FollowUpSettings> settings,
    ILogger<FollowUpScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await OpenQueuedAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A failed pass (the database briefly away) must not end the job; the rows wait for the next pass.
                logger.LogError(failure, "Opening queued follow-ups failed");
            }
            await signal.WaitAsync(settings.Value.Interval, stoppingToken);
        }
    }

    private async Task OpenQueuedAsync(CancellationToken cancellationToken)
    {
        List<Guid> workspaces;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // The queue of every workspace at once: no workspace is entered yet, so its filter is set aside on purpose.
            workspaces = await scope.ServiceProvider.GetRequiredService<DyadDbContext>().QueuedFollowUps.IgnoreQueryFilters()
                .Select(f => f.WorkspaceId).Distinct().ToListAsync(cancellationToken);
        }
        foreach (var workspaceId in workspaces)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
            if (await scope.ServiceProvider.GetRequiredService<ResponseActionRule>().OpenQueuedAsync(cancellationToken) is > 0 and var opened)
            {
                logger.LogInformation("Opened {Count} follow-up actions of imported responses in workspace {Workspace}", opened, workspaceId);
            }
        }
    }
}

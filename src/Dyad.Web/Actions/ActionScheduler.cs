using Microsoft.Extensions.Options;

namespace Dyad.Web.Actions;

/// <summary>How often overdue actions are escalated and webhooks sent (<c>Dyad:Actions:*</c>).</summary>
public sealed class ActionJobSettings
{
    public const string Section = "Dyad:Actions";

    public bool Enabled { get; set; } = true;

    /// <summary>Also the shortest webhook retry delay in practice: a delivery due sooner waits for the next pass.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Runs an <see cref="ActionJobs"/> pass every <see cref="ActionJobSettings.Interval"/> while the app runs.</summary>
public sealed class ActionScheduler(ActionJobs jobs, IOptions<ActionJobSettings> settings, TimeProvider clock, ILogger<ActionScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.Interval, clock);
        do
        {
            try
            {
                var result = await jobs.RunOnceAsync(clock.GetUtcNow(), stoppingToken);
                if (result != ActionJobsResult.None)
                {
                    logger.LogInformation("Action jobs: {Result}", result);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A failed pass (the database briefly away) must not end the job; the next pass tries again.
                logger.LogError(failure, "Action jobs pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

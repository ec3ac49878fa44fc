using Microsoft.Extensions.Options;

namespace Dyad.Web.Surveys.Distribution;

/// <summary>Runs a <see cref="SurveyDispatcher"/> pass every <see cref="SchedulerSettings.Interval"/> while the app runs.</summary>
public sealed class SurveyScheduler(SurveyDispatcher dispatcher, IOptions<SchedulerSettings> settings, TimeProvider clock,
    ILogger<SurveyScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.Interval, clock);
        do
        {
            try
            {
                var result = await dispatcher.RunOnceAsync(clock.GetUtcNow(), stoppingToken);
                if (result != DispatchResult.None)
                {
                    logger.LogInformation("Survey scheduler: {Result}", result);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A failed pass (the database briefly away) must not end the scheduler; the next pass tries again.
                logger.LogError(failure, "Survey scheduler pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

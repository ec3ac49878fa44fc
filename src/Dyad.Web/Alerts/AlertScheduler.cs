using Dyad.Data;
using Dyad.Data.Alerts;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Alerts;

/// <summary>How often alert rules are evaluated in the background (<c>Dyad:Alerts:*</c>).</summary>
public sealed class AlertSchedulerSettings
{
    public const string Section = "Dyad:Alerts";

    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>One evaluation of every workspace's alert rules, each workspace entered in turn as a request would.</summary>
public sealed class AlertPass(IServiceScopeFactory scopes)
{
    public async Task<EvaluationResult> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        List<Guid> workspaces;
        await using (var scope = scopes.CreateAsyncScope())
        {
            workspaces = await scope.ServiceProvider.GetRequiredService<DyadDbContext>().Workspaces.Select(w => w.Id).ToListAsync(cancellationToken);
        }
        var total = new EvaluationResult(0, 0, 0, 0);
        foreach (var workspaceId in workspaces)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
            var result = await scope.ServiceProvider.GetRequiredService<AlertEvaluator>().EvaluateAsync(now, cancellationToken: cancellationToken);
            total = new EvaluationResult(total.Accounts + result.Accounts, total.Opened + result.Opened, total.StillOpen + result.StillOpen,
                total.Cleared + result.Cleared);
        }
        return total;
    }
}

/// <summary>
/// Runs an <see cref="AlertPass"/> every <see cref="AlertSchedulerSettings.Interval"/>. It keeps no state: what is open is
/// in the alert rows, so a restart or a second instance carries on without doubling an alert (docs/alerts.md).
/// </summary>
public sealed class AlertScheduler(AlertPass pass, IOptions<AlertSchedulerSettings> settings, TimeProvider clock, ILogger<AlertScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.Interval, clock);
        do
        {
            try
            {
                var result = await pass.RunOnceAsync(clock.GetUtcNow(), stoppingToken);
                if (result.Opened + result.Cleared > 0)
                {
                    logger.LogInformation("Alert evaluation: {Result}", result);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A failed pass (the database briefly away) must not end the scheduler; the next pass tries again.
                logger.LogError(failure, "Alert evaluation failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class AlertsRegistration
{
    /// <summary>The background evaluation of alert rules; evaluation on demand works without it.</summary>
    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<AlertSchedulerSettings>(builder.Configuration.GetSection(AlertSchedulerSettings.Section));
        builder.Services.AddSingleton<AlertPass>();
        if (builder.Configuration.GetValue($"{AlertSchedulerSettings.Section}:{nameof(AlertSchedulerSettings.Enabled)}", defaultValue: true))
        {
            builder.Services.AddHostedService<AlertScheduler>();
        }
        return builder;
    }
}

using Dyad.Data.Alerts;
using Dyad.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Alerts;

/// <summary>How often alert rules are evaluated in the background (<c>Dyad:Alerts:*</c>).</summary>
public sealed class AlertSchedulerSettings
{
    public const string Section = "Dyad:Alerts";

    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Evaluates every workspace's alert rules every <see cref="AlertSchedulerSettings.Interval"/>. What is open is in the
/// alert rows, so a restart or a second instance carries on without doubling an alert (docs/alerts.md).
/// </summary>
public sealed class AlertScheduler(IServiceScopeFactory scopes, IOptions<AlertSchedulerSettings> settings, TimeProvider clock, ILogger<AlertScheduler> logger)
    : PeriodicWorkspaceJob(scopes, settings.Value.Interval, clock, logger)
{
    protected override string Name => "Alert evaluation";

    protected override async Task<string?> RunInWorkspaceAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<AlertEvaluator>().EvaluateAsync(now, cancellationToken: cancellationToken);
        return result.Opened + result.Cleared > 0 ? result.ToString() : null;
    }
}

public static class AlertsRegistration
{
    /// <summary>The background evaluation of alert rules; evaluation on demand works without it.</summary>
    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<AlertSchedulerSettings>(builder.Configuration.GetSection(AlertSchedulerSettings.Section));
        if (builder.Configuration.GetValue($"{AlertSchedulerSettings.Section}:{nameof(AlertSchedulerSettings.Enabled)}", defaultValue: true))
        {
            builder.Services.AddHostedService<AlertScheduler>();
        }
        return builder;
    }
}

using Dyad.Data.Health;
using Dyad.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Health;

/// <summary>How often today's health snapshots are written in the background (<c>Dyad:Health:*</c>).</summary>
public sealed class HealthSchedulerSettings
{
    public const string Section = "Dyad:Health";

    public bool Enabled { get; set; } = true;

    /// <summary>Each pass rewrites today's snapshot, so a pass an hour keeps the day's figure close to the day's end.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Recomputes every workspace's account health every <see cref="HealthSchedulerSettings.Interval"/>. A day's snapshot
/// is one row, rewritten by each pass of the day, so a restart or a second instance adds no row.
/// </summary>
public sealed class HealthScheduler(IServiceScopeFactory scopes, IOptions<HealthSchedulerSettings> settings, TimeProvider clock, ILogger<HealthScheduler> logger)
    : PeriodicWorkspaceJob(scopes, settings.Value.Interval, clock, logger)
{
    protected override string Name => "Account health recomputation";

    protected override async Task<string?> RunInWorkspaceAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Rewriting today's snapshots is the normal course of every pass, not news for the log.
        await services.GetRequiredService<AccountHealthService>().RecomputeAsync(cancellationToken: cancellationToken);
        return null;
    }
}

public static class HealthRegistration
{
    /// <summary>The background recomputation of account health; the recompute endpoint and button work without it.</summary>
    public static WebApplicationBuilder AddAccountHealth(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<HealthSchedulerSettings>(builder.Configuration.GetSection(HealthSchedulerSettings.Section));
        if (builder.Configuration.GetValue($"{HealthSchedulerSettings.Section}:{nameof(HealthSchedulerSettings.Enabled)}", defaultValue: true))
        {
            builder.Services.AddHostedService<HealthScheduler>();
        }
        return builder;
    }
}

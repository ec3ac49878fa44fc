using Dyad.Data;
using Dyad.Data.Health;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
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

/// <summary>One recomputation of every workspace's account health, each workspace entered in turn as a request would.</summary>
public sealed class HealthPass(IServiceScopeFactory scopes)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> workspaces;
        await using (var scope = scopes.CreateAsyncScope())
        {
            workspaces = await scope.ServiceProvider.GetRequiredService<DyadDbContext>().Workspaces.Select(w => w.Id).ToListAsync(cancellationToken);
        }
        var accounts = 0;
        foreach (var workspaceId in workspaces)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
            accounts += (await scope.ServiceProvider.GetRequiredService<AccountHealthService>().RecomputeAsync(cancellationToken: cancellationToken)).Accounts;
        }
        return accounts;
    }
}

/// <summary>
/// Runs a <see cref="HealthPass"/> every <see cref="HealthSchedulerSettings.Interval"/>. It keeps no state: a day's
/// snapshot is one row, rewritten by each pass of the day, so a restart or a second instance adds no row.
/// </summary>
public sealed class HealthScheduler(HealthPass pass, IOptions<HealthSchedulerSettings> settings, TimeProvider clock, ILogger<HealthScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.Interval, clock);
        do
        {
            try
            {
                await pass.RunOnceAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A failed pass (the database briefly away) must not end the job; the next pass tries again.
                logger.LogError(failure, "Account health recomputation failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class HealthRegistration
{
    /// <summary>The background recomputation of account health; the recompute endpoint and button work without it.</summary>
    public static WebApplicationBuilder AddAccountHealth(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<HealthSchedulerSettings>(builder.Configuration.GetSection(HealthSchedulerSettings.Section));
        builder.Services.AddSingleton<HealthPass>();
        if (builder.Configuration.GetValue($"{HealthSchedulerSettings.Section}:{nameof(HealthSchedulerSettings.Enabled)}", defaultValue: true))
        {
            builder.Services.AddHostedService<HealthScheduler>();
        }
        return builder;
    }
}

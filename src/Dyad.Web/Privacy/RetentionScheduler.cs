using Dyad.Data;
using Dyad.Data.Privacy;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Privacy;

/// <summary>How often retention periods are applied in the background (<c>Dyad:Retention:*</c>).</summary>
public sealed class RetentionSettings
{
    public const string Section = "Dyad:Retention";

    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>One application of every workspace's retention periods, each workspace entered in turn.</summary>
public sealed class RetentionPass(IServiceScopeFactory scopes)
{
    public async Task<RetentionResult> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        List<Guid> workspaces;
        await using (var scope = scopes.CreateAsyncScope())
        {
            workspaces = await scope.ServiceProvider.GetRequiredService<DyadDbContext>().Workspaces.Select(w => w.Id).ToListAsync(cancellationToken);
        }
        var total = new RetentionResult(0, 0);
        foreach (var workspaceId in workspaces)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
            var result = await scope.ServiceProvider.GetRequiredService<RetentionService>().ApplyAsync(now, cancellationToken);
            total = new RetentionResult(total.InvitationsDeleted + result.InvitationsDeleted, total.ResponsesUnlinked + result.ResponsesUnlinked);
        }
        return total;
    }
}

/// <summary>Runs a <see cref="RetentionPass"/> every <see cref="RetentionSettings.Interval"/>; a pass that finds nothing due changes nothing.</summary>
public sealed class RetentionScheduler(RetentionPass pass, IOptions<RetentionSettings> settings, TimeProvider clock, ILogger<RetentionScheduler> logger)
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
                if (result.InvitationsDeleted + result.ResponsesUnlinked > 0)
                {
                    logger.LogInformation("Retention: {Result}", result);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The next pass tries again; what is due stays due.
                logger.LogError(failure, "Applying retention periods failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class PrivacyRegistration
{
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RetentionSettings>(builder.Configuration.GetSection(RetentionSettings.Section));
        builder.Services.AddSingleton<RetentionPass>();
        if (builder.Configuration.GetValue($"{RetentionSettings.Section}:{nameof(RetentionSettings.Enabled)}", defaultValue: true))
        {
            builder.Services.AddHostedService<RetentionScheduler>();
        }
        return builder;
    }
}

using Microsoft.Extensions.Options;

namespace Dyad.Web.Notifications;

/// <summary>
/// How often notification e-mails and digests are looked for (<c>Dyad:Digests:*</c>). A digest goes out in the first
/// pass of its period, a negative-feedback e-mail in the first pass after the feedback came in.
/// </summary>
public sealed class DigestSettings
{
    public const string Section = "Dyad:Digests";

    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Runs a <see cref="NotificationMailJobs"/> pass every <see cref="DigestSettings.Interval"/> while the app runs.</summary>
public sealed class NotificationMailScheduler(NotificationMailJobs jobs, IOptions<DigestSettings> settings, TimeProvider clock,
    ILogger<NotificationMailScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.Interval, clock);
        do
        {
            try
            {
                var result = await jobs.RunOnceAsync(clock.GetUtcNow(), stoppingToken);
                if (result != NotificationMailResult.None)
                {
                    logger.LogInformation("Notification e-mails: {Result}", result);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A failed pass (the database briefly away) must not end the job; the next pass tries again.
                logger.LogError(failure, "Notification e-mail pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class NotificationsRegistration
{
    /// <summary>
    /// The background pass that e-mails notifications and digests through the mail server
    /// <see cref="Surveys.Distribution.DistributionRegistration.AddSurveyDistribution"/> configures.
    /// </summary>
    public static WebApplicationBuilder AddNotificationMail(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DigestSettings>(builder.Configuration.GetSection(DigestSettings.Section));
        builder.Services.AddSingleton<NotificationMailJobs>();
        if (builder.Configuration.GetValue($"{DigestSettings.Section}:{nameof(DigestSettings.Enabled)}", defaultValue: true))
        {
            builder.Services.AddHostedService<NotificationMailScheduler>();
        }
        return builder;
    }
}

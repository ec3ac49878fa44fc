using Dyad.Data.Privacy;
using Dyad.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Privacy;

/// <summary>How often retention periods are applied in the background (<c>Dyad:Retention:*</c>).</summary>
public sealed class RetentionSettings
{
    public const string Section = "Dyad:Retention";

    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>Applies every workspace's retention periods every <see cref="RetentionSettings.Interval"/>; a pass that finds nothing due changes nothing.</summary>
public sealed class RetentionScheduler(IServiceScopeFactory scopes, IOptions<RetentionSettings> settings, TimeProvider clock, ILogger<RetentionScheduler> logger)
    : PeriodicWorkspaceJob(scopes, settings.Value.Interval, clock, logger)
{
    protected override string Name => "Retention";

    protected override async Task<string?> RunInWorkspaceAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<RetentionService>().ApplyAsync(now, cancellationToken);
        return result.InvitationsDeleted + result.ResponsesUnlinked > 0 ? result.ToString() : null;
    }
}

public static class PrivacyRegistration
{
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RetentionSettings>(builder.Configuration.GetSection(RetentionSettings.Section));
        if (builder.Configuration.GetValue($"{RetentionSettings.Section}:{nameof(RetentionSettings.Enabled)}", defaultValue: true))
        {
            builder.Services.AddHostedService<RetentionScheduler>();
        }
        return builder;
    }
}

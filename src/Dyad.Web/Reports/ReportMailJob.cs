using Dyad.Core.Reports;
using Dyad.Data.Reports;
using Dyad.Data.Surveys.Distribution;
using Dyad.Web.Hosting;
using Dyad.Web.Surveys.Distribution;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Reports;

/// <summary>How often the monthly report e-mails are looked for (<c>Dyad:Reports:*</c>).</summary>
public sealed class ReportMailSettings
{
    public const string Section = "Dyad:Reports";

    public bool Enabled { get; set; } = true;

    /// <summary>A month's e-mail goes in the first pass on or after its day; hourly is soon enough for a monthly report.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>What one pass sent in a workspace.</summary>
public sealed record ReportMailResult(int Sent, int Refused, int Deferred);

/// <summary>
/// Sends a workspace's scheduled reports that are due: each recipient's month is claimed before its e-mail goes
/// (<see cref="ReportMailOutbox"/>), so no one gets a month twice, whatever runs at the same time. Without a mail server
/// it does nothing. Tests call <see cref="SendDueAsync"/> in a workspace scope.
/// </summary>
public sealed class ReportMailSender(ReportMailOutbox outbox, IOptions<SmtpSettings> smtp, IConfiguration configuration, ILogger<ReportMailSender> logger)
{
    public async Task<ReportMailResult> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var result = new ReportMailResult(0, 0, 0);
        await using var mailer = new SmtpMailer(smtp);
        if (!mailer.Enabled)
        {
            return result;
        }
        var site = (configuration[SurveyLinks.PublicUrlKey] is { Length: > 0 } url ? url : SurveyLinks.DefaultPublicUrl).TrimEnd('/');
        foreach (var mail in await outbox.DueAsync(now, cancellationToken))
        {
            foreach (var recipient in mail.Recipients)
            {
                if (!await outbox.TryClaimAsync(mail, recipient, now, cancellationToken))
                {
                    continue;
                }
                if (await outbox.ReportAsync(mail, now, cancellationToken) is not { } made)
                {
                    await outbox.ReleaseAsync(mail, recipient, CancellationToken.None);
                    continue; // the schedule was deleted meanwhile
                }
                var report = made.Report;
                var message = ReportEmails.Monthly(mail.WorkspaceName, report.Title, mail.Month, $"{site}/reports") with
                {
                    Attachments = [new(made.FileName, report.Format.ContentType(), report.Content)],
                };
                try
                {
                    await mailer.SendAsync(recipient, message, cancellationToken);
                    await outbox.MarkAsync(mail, recipient, sent: true, report.Id, now, cancellationToken);
                    result = result with { Sent = result.Sent + 1 };
                }
                catch (EmailRefusedException refused)
                {
                    logger.LogWarning("The mail server refused the monthly report to {Recipient}: {Reason}", recipient, refused.Message);
                    await outbox.MarkAsync(mail, recipient, sent: false, report.Id, now, cancellationToken);
                    result = result with { Refused = result.Refused + 1 };
                }
                catch (Exception unreachable) when (unreachable is not OperationCanceledException)
                {
                    logger.LogWarning(unreachable, "Could not reach the mail server; monthly reports wait for the next pass");
                    await outbox.ReleaseAsync(mail, recipient, CancellationToken.None);
                    return result with { Deferred = result.Deferred + 1 };
                }
            }
        }
        return result;
    }
}

/// <summary>Runs <see cref="ReportMailSender"/> in every workspace every <see cref="ReportMailSettings.Interval"/>.</summary>
public sealed class ReportMailJob(IServiceScopeFactory scopes, IOptions<ReportMailSettings> settings, TimeProvider clock, ILogger<ReportMailJob> logger)
    : PeriodicWorkspaceJob(scopes, settings.Value.Interval, clock, logger)
{
    protected override string Name => "Monthly report e-mails";

    protected override async Task<string?> RunInWorkspaceAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<ReportMailSender>().SendDueAsync(now, cancellationToken);
        return result == new ReportMailResult(0, 0, 0) ? null : result.ToString();
    }
}

public static class ReportsRegistration
{
    /// <summary>The monthly report e-mails, sent through the mail server the survey distribution configures.</summary>
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ReportMailSettings>(builder.Configuration.GetSection(ReportMailSettings.Section));
        builder.Services.AddScoped<ReportMailSender>();
        if (builder.Configuration.GetValue($"{ReportMailSettings.Section}:{nameof(ReportMailSettings.Enabled)}", defaultValue: true))
        {
            builder.Services.AddHostedService<ReportMailJob>();
        }
        return builder;
    }
}

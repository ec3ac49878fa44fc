using Dyad.Core.Portal;
using Dyad.Data.Portal;
using Dyad.Web.Surveys.Distribution;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Portal;

/// <summary>The portal's e-mail, through the same SMTP server as survey invitations (<c>Dyad:Smtp:*</c>).</summary>
public sealed class PortalMail(IServiceScopeFactory scopes, IOptions<SmtpSettings> smtp, ILogger<PortalMail> logger)
{
    public bool Enabled => smtp.Value.Enabled;

    /// <returns>Whether the e-mail went out; false when no mail server is set or it refused the address.</returns>
    public async Task<bool> SendLinkAsync(SignInLinkMail mail, string? providerName = null, CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            return false;
        }
        var message = mail.Purpose == SignInLinkPurpose.Invitation
            ? PortalEmails.Invitation(mail.Name, providerName ?? "Your supplier", mail.Link)
            : PortalEmails.SignIn(mail.Name, mail.Link);
        await using var mailer = new SmtpMailer(smtp);
        try
        {
            await mailer.SendAsync(mail.Email, message, cancellationToken);
            return true;
        }
        catch (EmailRefusedException refused)
        {
            logger.LogWarning("The mail server refused the portal link for {Email}: {Reason}", mail.Email, refused.Message);
            return false;
        }
    }

    /// <summary>Sends the document notices owed, each once; run after an upload and by the background pass.</summary>
    /// <returns>How many e-mails went out.</returns>
    public async Task<int> SendNoticesAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            return 0;
        }
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<DocumentNoticeOutbox>();
        var sent = 0;
        await using var mailer = new SmtpMailer(smtp);
        foreach (var notice in await outbox.ClaimAsync(cancellationToken))
        {
            try
            {
                await mailer.SendAsync(notice.Email, PortalEmails.DocumentUpdated(notice.Name, notice.DocumentTitle, notice.Version, notice.FileName,
                    notice.Note, notice.UploadedBy, notice.Link), cancellationToken);
                sent++;
            }
            catch (EmailRefusedException refused)
            {
                await outbox.RefusedAsync(notice.Id, refused.Message, CancellationToken.None);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The server is away: this notice and the rest claimed wait for the next pass.
                logger.LogWarning(failure, "Document notice {Id} not sent; it is retried", notice.Id);
                await outbox.ReleaseAsync(notice.Id, CancellationToken.None);
            }
        }
        return sent;
    }
}

/// <summary>Retries document notices that could not go out at upload, at the survey scheduler's interval.</summary>
public sealed class PortalNoticeSender(PortalMail mail, IOptions<SchedulerSettings> settings, TimeProvider clock, ILogger<PortalNoticeSender> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.Interval, clock);
        do
        {
            try
            {
                await mail.SendNoticesAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogError(failure, "Document notice pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

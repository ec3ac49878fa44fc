using Dyad.Core.Notifications;
using Dyad.Data;
using Dyad.Data.Notifications;
using Dyad.Data.Surveys.Distribution;
using Dyad.Data.Workspaces;
using Dyad.Web.Surveys.Distribution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Notifications;

/// <summary>What one pass of the notification e-mails did.</summary>
public sealed record NotificationMailResult(int Notices, int Digests, int Refused, int Deferred)
{
    public static readonly NotificationMailResult None = new(0, 0, 0, 0);

    public NotificationMailResult Plus(NotificationMailResult other) =>
        new(Notices + other.Notices, Digests + other.Digests, Refused + other.Refused, Deferred + other.Deferred);
}

/// <summary>
/// One pass over every workspace: e-mail the notifications that ask for it (new negative feedback on a user's keywords),
/// then the digests that are due. Like the survey scheduler it keeps no state of its own, so a restart or a second app
/// instance carries on from the rows without sending anything twice (docs/notifications.md). Without a mail server it
/// does nothing. Tests call <see cref="RunOnceAsync"/> directly.
/// </summary>
public sealed class NotificationMailJobs(IServiceScopeFactory scopes, IOptions<SmtpSettings> smtp, IConfiguration configuration,
    ILogger<NotificationMailJobs> logger)
{
    public async Task<NotificationMailResult> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var mailer = new SmtpMailer(smtp);
        if (!mailer.Enabled)
        {
            return NotificationMailResult.None;
        }
        List<Guid> workspaces;
        await using (var scope = scopes.CreateAsyncScope())
        {
            workspaces = await scope.ServiceProvider.GetRequiredService<DyadDbContext>().Workspaces.Select(w => w.Id).ToListAsync(cancellationToken);
        }
        var site = (configuration[SurveyLinks.PublicUrlKey] is { Length: > 0 } url ? url : SurveyLinks.DefaultPublicUrl).TrimEnd('/');
        var total = NotificationMailResult.None;
        foreach (var workspaceId in workspaces)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
            var notices = await SendNoticesAsync(scope.ServiceProvider.GetRequiredService<NotificationOutbox>(), mailer, site, now, cancellationToken);
            total = total.Plus(notices);
            if (notices.Deferred > 0)
            {
                return total; // the mail server is away; digests would fail the same way
            }
            total = total.Plus(await SendDigestsAsync(scope.ServiceProvider.GetRequiredService<DigestOutbox>(), mailer, site, now, cancellationToken));
        }
        return total;
    }

    private async Task<NotificationMailResult> SendNoticesAsync(NotificationOutbox outbox, SmtpMailer mailer, string site, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var result = NotificationMailResult.None;
        var due = await outbox.DueAsync(now, cancellationToken);
        foreach (var (index, notice) in due.Index())
        {
            if (!await outbox.TryClaimAsync(notice, now, cancellationToken))
            {
                continue;
            }
            var outcome = await SendAsync(mailer, notice.To,
                NotificationEmails.Notice(notice.RecipientName, notice.WorkspaceName, notice.Text, site + notice.Link), cancellationToken);
            if (outcome is null)
            {
                await outbox.ReleaseAsync(notice, CancellationToken.None);
                return result with { Deferred = due.Count - index };
            }
            await outbox.MarkAsync(notice, outcome.Value ? NotificationEmailStatus.Sent : NotificationEmailStatus.Refused, cancellationToken);
            result = outcome.Value ? result with { Notices = result.Notices + 1 } : result with { Refused = result.Refused + 1 };
        }
        return result;
    }

    private async Task<NotificationMailResult> SendDigestsAsync(DigestOutbox outbox, SmtpMailer mailer, string site, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var result = NotificationMailResult.None;
        var due = await outbox.DueAsync(now, cancellationToken);
        foreach (var (index, digest) in due.Index())
        {
            if (!await outbox.TryClaimAsync(digest, now, cancellationToken))
            {
                continue;
            }
            var content = await outbox.GatherAsync(digest, now, cancellationToken);
            if (NotificationEmails.Digest(digest.RecipientName, digest.WorkspaceName, digest.Frequency, site, content) is not { } message)
            {
                await outbox.MarkDoneAsync(digest, cancellationToken); // nothing waits for this user: no e-mail this period
                continue;
            }
            var outcome = await SendAsync(mailer, digest.To, message, cancellationToken);
            if (outcome is null)
            {
                await outbox.ReleaseAsync(digest, CancellationToken.None);
                return result with { Deferred = due.Count - index };
            }
            // A refused digest is not retried within the period either: the next period's may reach the user.
            await outbox.MarkDoneAsync(digest, cancellationToken);
            result = outcome.Value ? result with { Digests = result.Digests + 1 } : result with { Refused = result.Refused + 1 };
        }
        return result;
    }

    /// <summary>True when the server took the e-mail, false when it refused it, null when it could not be reached.</summary>
    private async Task<bool?> SendAsync(SmtpMailer mailer, string to, Core.Surveys.Distribution.EmailMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await mailer.SendAsync(to, message, cancellationToken);
            return true;
        }
        catch (EmailRefusedException refused)
        {
            logger.LogWarning("The mail server refused an e-mail to {Recipient}: {Reason}", to, refused.Message);
            return false;
        }
        catch (Exception unreachable) when (unreachable is not OperationCanceledException)
        {
            logger.LogWarning(unreachable, "Could not reach the mail server; notification e-mails wait for the next pass");
            return null;
        }
    }
}

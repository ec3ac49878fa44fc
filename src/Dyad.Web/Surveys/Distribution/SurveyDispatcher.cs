using Dyad.Core.Surveys.Distribution;
using Dyad.Data;
using Dyad.Data.Surveys.Distribution;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Surveys.Distribution;

/// <summary>What one scheduler pass did.</summary>
public sealed record DispatchResult(int Invited, int Sent, int Reminded, int Bounced, int Deferred)
{
    public static readonly DispatchResult None = new(0, 0, 0, 0, 0);

    public DispatchResult Plus(DispatchResult other) => new(Invited + other.Invited, Sent + other.Sent, Reminded + other.Reminded,
        Bounced + other.Bounced, Deferred + other.Deferred);
}

/// <summary>
/// One pass of the survey scheduler over every workspace: fire due triggers, send invitations not yet sent, send due
/// reminders. Everything it knows is in the database, so a pass after a restart, or on a second app instance, carries on
/// where the last left off without sending anything twice (see docs/survey-scheduler.md).
/// </summary>
public sealed class SurveyDispatcher(IServiceScopeFactory scopes, IOptions<SmtpSettings> smtp, ILogger<SurveyDispatcher> logger)
{
    public async Task<DispatchResult> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        List<Guid> workspaces;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DyadDbContext>();
            workspaces = await db.Workspaces.Select(w => w.Id).ToListAsync(cancellationToken);
        }
        var total = DispatchResult.None;
        await using var mailer = new SmtpMailer(smtp);
        foreach (var workspaceId in workspaces)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
            var invited = await scope.ServiceProvider.GetRequiredService<TriggerEvaluator>().EvaluateAsync(now, cancellationToken);
            total = total.Plus(DispatchResult.None with { Invited = invited });
            if (mailer.Enabled)
            {
                total = total.Plus(await SendAsync(scope.ServiceProvider.GetRequiredService<InvitationOutbox>(), mailer, now, cancellationToken));
            }
        }
        return total;
    }

    private async Task<DispatchResult> SendAsync(InvitationOutbox outbox, SmtpMailer mailer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = DispatchResult.None;
        var due = await outbox.DueAsync(now, cancellationToken);
        foreach (var (email, index) in due.Select((e, i) => (e, i)))
        {
            if (!await outbox.TryClaimAsync(email, now, cancellationToken))
            {
                continue;
            }
            var message = InvitationEmail.Compose(email.Kind, email.Language, email.WorkspaceName, email.SurveyName, email.RecipientName, email.Link);
            try
            {
                await mailer.SendAsync(email.To, message, cancellationToken);
            }
            catch (EmailRefusedException refused)
            {
                await outbox.MarkBouncedAsync(email, refused.Message, now, cancellationToken);
                result = result with { Bounced = result.Bounced + 1 };
                continue;
            }
            catch (Exception unreachable) when (unreachable is not OperationCanceledException)
            {
                // The server is down or dropped us: nothing was refused, so the invitation waits for the next pass.
                await outbox.ReleaseAsync(email, CancellationToken.None);
                logger.LogWarning(unreachable, "Could not reach the mail server; {Count} e-mail(s) wait for the next pass", due.Count - index);
                return result with { Deferred = due.Count - index };
            }
            // Once the server has the message, only marking it sent remains; should that fail, the claim lapses and
            // the e-mail goes again (docs/survey-scheduler.md).
            await outbox.MarkSentAsync(email, now, cancellationToken);
            result = email.Kind == InvitationEmailKind.Invitation ? result with { Sent = result.Sent + 1 } : result with { Reminded = result.Reminded + 1 };
        }
        return result;
    }
}

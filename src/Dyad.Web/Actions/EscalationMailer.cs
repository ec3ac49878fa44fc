using System.Net;
using Dyad.Core.Surveys.Distribution;
using Dyad.Data.Actions;
using Dyad.Data.Surveys.Distribution;
using Dyad.Web.Surveys.Distribution;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Actions;

/// <summary>
/// E-mails the people an escalation notified, when a mail server is configured. The in-app notification is the record;
/// the e-mail is a courtesy sent once, after the escalation is stored, and not retried if the server is away.
/// </summary>
public sealed class EscalationMailer(IOptions<SmtpSettings> smtp, IConfiguration configuration, ILogger<EscalationMailer> logger)
{
    public async Task SendAsync(IReadOnlyList<Escalation> escalations, CancellationToken cancellationToken)
    {
        if (!smtp.Value.Enabled || escalations.Count == 0)
        {
            return;
        }
        var site = (configuration[SurveyLinks.PublicUrlKey] is { Length: > 0 } url ? url : SurveyLinks.DefaultPublicUrl).TrimEnd('/');
        await using var mailer = new SmtpMailer(smtp);
        foreach (var escalation in escalations)
        {
            foreach (var person in escalation.Recipients.Where(r => !string.IsNullOrEmpty(r.Email)))
            {
                var link = $"{site}/actions/{escalation.ActionId}";
                var text = $"Hello {person.Name},\n\nThe action \"{escalation.Title}\" on {escalation.AccountName} was due " +
                           $"{escalation.DueAt:yyyy-MM-dd HH:mm} UTC and is still open.\n\n{link}\n";
                var html = $"<p>Hello {WebUtility.HtmlEncode(person.Name)},</p><p>The action <strong>{WebUtility.HtmlEncode(escalation.Title)}</strong> on " +
                           $"{WebUtility.HtmlEncode(escalation.AccountName)} was due {escalation.DueAt:yyyy-MM-dd HH:mm} UTC and is still open.</p>" +
                           $"<p><a href=\"{link}\">Open the action</a></p>";
                try
                {
                    await mailer.SendAsync(person.Email!, new EmailMessage($"Overdue action: {escalation.Title}", text, html), cancellationToken);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    logger.LogWarning(failure, "Could not e-mail {Recipient} about overdue action {Action}", person.Email, escalation.ActionId);
                }
            }
        }
    }
}

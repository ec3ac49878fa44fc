using Dyad.Core.Surveys.Distribution;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Dyad.Web.Surveys.Distribution;

/// <summary>The mail server refused this one e-mail (the recipient or the message): a bounce, not worth a retry.</summary>
public sealed class EmailRefusedException(string reason, Exception inner) : Exception(reason, inner);

/// <summary>
/// One connection to the mail server for a batch of e-mails. Refusals of a recipient or message become
/// <see cref="EmailRefusedException"/>; anything else (the server unreachable, the connection dropped) propagates, and
/// the caller leaves the e-mail for a later try.
/// </summary>
public sealed class SmtpMailer(IOptions<SmtpSettings> options) : IAsyncDisposable
{
    private readonly SmtpClient _client = new();

    public bool Enabled => options.Value.Enabled;

    public async Task SendAsync(string to, EmailMessage email, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!_client.IsConnected)
        {
            var security = settings.Security switch
            {
                SmtpSecurity.Ssl => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            await _client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("No mail server is set (Dyad:Smtp:Host)."), settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await _client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }
        }
        try
        {
            using var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(settings.From));
            message.To.Add(MailboxAddress.Parse(to));
            message.Subject = email.Subject;
            var body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html };
            foreach (var attachment in email.Attachments)
            {
                body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
            }
            message.Body = body.ToMessageBody();
            await _client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException refused) when (refused.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            throw new EmailRefusedException($"{(int)refused.StatusCode} {refused.Message}", refused);
        }
        catch (ParseException bad) // an address the server could never deliver to
        {
            throw new EmailRefusedException(bad.Message, bad);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync(quit: true);
        }
        _client.Dispose();
    }
}

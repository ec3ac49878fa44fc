using System.Net;

namespace Dyad.Core.Surveys.Distribution;

/// <summary>An e-mail ready to send: subject, plain text and the same in HTML, and any files attached.</summary>
public sealed record EmailMessage(string Subject, string Text, string Html)
{
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

/// <summary>A file sent with an e-mail.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>What the e-mail is about the invitation.</summary>
public enum InvitationEmailKind
{
    Invitation,
    Reminder,
}

/// <summary>
/// The invitation and reminder e-mails in the invitation's language (English and Dutch; other languages get English),
/// naming the provider's workspace and the survey and carrying the personal link.
/// </summary>
public static class InvitationEmail
{
    private sealed record Wording(string Subject, string ReminderSubject, string Greeting, string AnonymousGreeting, string Ask,
        string Reminder, string Button, string Personal);

    private static readonly Dictionary<string, Wording> Wordings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new("{0} would like your feedback: {1}", "Reminder: {0} would like your feedback: {1}", "Dear {0},", "Hello,",
            "{0} would like to hear how you experience working together. Would you answer the survey \"{1}\"? It takes a few minutes.",
            "A few days ago {0} asked for your feedback in the survey \"{1}\". If you have not found the time yet, your answers are still very welcome.",
            "Answer the survey", "This link is personal: it opens your own questionnaire, and you can come back to it later."),
        ["nl"] = new("{0} hoort graag uw mening: {1}", "Herinnering: {0} hoort graag uw mening: {1}", "Beste {0},", "Beste,",
            "{0} hoort graag hoe u de samenwerking ervaart. Wilt u de vragenlijst \"{1}\" invullen? Het kost een paar minuten.",
            "Een paar dagen geleden vroeg {0} uw mening in de vragenlijst \"{1}\". Had u nog geen tijd, dan zijn uw antwoorden nog steeds van harte welkom.",
            "Vragenlijst invullen", "Deze link is persoonlijk: hij opent uw eigen vragenlijst en u kunt er later naar terugkeren."),
    };

    public static EmailMessage Compose(InvitationEmailKind kind, string language, string workspaceName, string surveyName,
        string? recipientName, string link)
    {
        var w = Wordings.GetValueOrDefault(language) ?? Wordings["en"];
        var subject = string.Format(kind == InvitationEmailKind.Invitation ? w.Subject : w.ReminderSubject, workspaceName, surveyName);
        var greeting = recipientName is { Length: > 0 } name ? string.Format(w.Greeting, name) : w.AnonymousGreeting;
        var body = string.Format(kind == InvitationEmailKind.Invitation ? w.Ask : w.Reminder, workspaceName, surveyName);
        var text = $"{greeting}\n\n{body}\n\n{w.Button}: {link}\n\n{w.Personal}\n\n{workspaceName}\n";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{Encode(language)}"><body style="font-family: sans-serif; line-height: 1.5">
            <p>{Encode(greeting)}</p>
            <p>{Encode(body)}</p>
            <p><a href="{Encode(link)}" style="display: inline-block; padding: 10px 18px; background: #2f5d8a; color: #fff; text-decoration: none; border-radius: 4px">{Encode(w.Button)}</a></p>
            <p style="color: #555; font-size: 90%">{Encode(w.Personal)}<br>{Encode(link)}</p>
            <p>{Encode(workspaceName)}</p>
            </body></html>
            """;
        return new EmailMessage(subject, text, html);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}

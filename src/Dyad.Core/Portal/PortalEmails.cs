using System.Net;
using Dyad.Core.Surveys.Distribution;

namespace Dyad.Core.Portal;

/// <summary>The portal's e-mails: the invitation, a sign-in link asked for, and the notice that a followed document changed.</summary>
public static class PortalEmails
{
    public static EmailMessage Invitation(string name, string providerName, string link) => Message(
        $"{providerName} invites you to your project portal",
        $"Dear {name},",
        $"{providerName} has opened a project portal for you: the status of your project, its documents, a shared task list, and questions that go straight to the right expert.",
        "Open the portal", link,
        $"The link signs you in once and works for {(int)CustomerSignInLink.InvitationLifetime.TotalDays} days; in the portal you can set a password.");

    public static EmailMessage SignIn(string name, string link) => Message(
        "Your sign-in link for the project portal",
        $"Dear {name},",
        "Here is the link you asked for to sign in to your project portal.",
        "Sign in", link,
        $"The link works once, for {(int)CustomerSignInLink.SignInLifetime.TotalMinutes} minutes. If you did not ask for it, ignore this e-mail.");

    public static EmailMessage DocumentUpdated(string name, string title, int version, string fileName, string? note, string uploadedBy, string link) => Message(
        $"New version of {title} (v{version})",
        $"Dear {name},",
        $"{uploadedBy} has uploaded version {version} of \"{title}\" ({fileName})." + (note is null ? "" : $" Note: {note}"),
        "See the document", link,
        "You get this e-mail because you follow this document in the portal; unfollow it there to stop.");

    private static EmailMessage Message(string subject, string greeting, string body, string action, string link, string footer)
    {
        var text = $"{greeting}\n\n{body}\n\n{action}: {link}\n\n{footer}\n";
        var html = $"<p>{WebUtility.HtmlEncode(greeting)}</p><p>{WebUtility.HtmlEncode(body)}</p>" +
                   $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(action)}</a></p><p><small>{WebUtility.HtmlEncode(footer)}</small></p>";
        return new EmailMessage(subject, text, html);
    }
}

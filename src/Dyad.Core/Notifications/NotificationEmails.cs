using System.Net;
using System.Text;
using Dyad.Core.Surveys.Distribution;

namespace Dyad.Core.Notifications;

/// <summary>One line of a digest: what it says and where it leads (a path of the app).</summary>
public sealed record DigestLine(string Text, string Link);

/// <summary>What waits for one user, gathered for their digest.</summary>
public sealed record DigestContent(
    IReadOnlyList<DigestLine> UnreadNotifications,
    int UnreadCount,
    IReadOnlyList<DigestLine> OverdueActions,
    IReadOnlyList<DigestLine> OpenActions,
    IReadOnlyList<DigestLine> NewAlerts)
{
    public bool IsEmpty => UnreadCount == 0 && OverdueActions.Count == 0 && OpenActions.Count == 0 && NewAlerts.Count == 0;
}

/// <summary>The wording of the e-mails users get about their notifications: one notice, or a digest.</summary>
public static class NotificationEmails
{
    public const int SubjectMaxLength = 120;

    /// <summary>One notification as an e-mail: its text as the subject (shortened) and the body, with a link to it.</summary>
    public static EmailMessage Notice(string recipientName, string workspaceName, string text, string link)
    {
        var subject = text.Length > SubjectMaxLength ? text[..(SubjectMaxLength - 1)] + "…" : text;
        return new EmailMessage(subject,
            $"Hello {recipientName},\n\n{text}\n\n{link}\n\n{workspaceName}\n",
            $"<p>Hello {Encode(recipientName)},</p><p>{Encode(text)}</p><p><a href=\"{Encode(link)}\">Open in Dyad</a></p><p>{Encode(workspaceName)}</p>");
    }

    /// <summary>A digest with a section per kind of content, empty sections left out; null when there is nothing to say.</summary>
    public static EmailMessage? Digest(string recipientName, string workspaceName, DigestFrequency frequency, string site, DigestContent content)
    {
        if (content.IsEmpty)
        {
            return null;
        }
        var sections = new List<(string Title, IReadOnlyList<DigestLine> Lines)>();
        if (content.UnreadCount > 0)
        {
            var more = content.UnreadCount - content.UnreadNotifications.Count;
            sections.Add(($"Unread notifications ({content.UnreadCount}{(more > 0 ? $", the latest {content.UnreadNotifications.Count} here" : "")})",
                content.UnreadNotifications));
        }
        AddSection(sections, "Overdue actions", content.OverdueActions);
        AddSection(sections, "Your other open actions", content.OpenActions);
        AddSection(sections, "New alerts on your accounts", content.NewAlerts);

        var period = frequency == DigestFrequency.Weekly ? "weekly" : "daily";
        var text = new StringBuilder($"Hello {recipientName},\n\nYour {period} digest of {workspaceName}.\n");
        var html = new StringBuilder($"<p>Hello {Encode(recipientName)},</p><p>Your {period} digest of {Encode(workspaceName)}.</p>");
        foreach (var (title, lines) in sections)
        {
            text.Append($"\n{title}\n");
            html.Append($"<h3>{Encode(title)}</h3><ul>");
            foreach (var line in lines)
            {
                text.Append($"- {line.Text}\n  {site}{line.Link}\n");
                html.Append($"<li><a href=\"{Encode(site + line.Link)}\">{Encode(line.Text)}</a></li>");
            }
            html.Append("</ul>");
        }
        text.Append($"\nChange what you receive: {site}/settings/notifications\n");
        html.Append($"<p style=\"color: #555; font-size: 90%\"><a href=\"{Encode(site)}/settings/notifications\">Notification settings</a></p>");
        var subject = $"{workspaceName}: your {period} digest";
        return new EmailMessage(subject, text.ToString(), html.ToString());
    }

    private static void AddSection(List<(string, IReadOnlyList<DigestLine>)> sections, string title, IReadOnlyList<DigestLine> lines)
    {
        if (lines.Count > 0)
        {
            sections.Add(($"{title} ({lines.Count})", lines));
        }
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}

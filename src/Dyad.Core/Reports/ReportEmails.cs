using System.Net;
using Dyad.Core.Surveys.Distribution;

namespace Dyad.Core.Reports;

/// <summary>The wording of a scheduled report's e-mail; the report itself goes as an attachment.</summary>
public static class ReportEmails
{
    public static EmailMessage Monthly(string workspaceName, string reportTitle, int month, string reportsLink)
    {
        var monthText = $"{month / 100:D4}-{month % 100:D2}";
        var subject = $"{reportTitle}, {monthText}";
        var text = $"""
            The monthly report of {workspaceName} is attached: {reportTitle}.

            Earlier reports and the schedule: {reportsLink}
            """;
        var html = $"""
            <p>The monthly report of {WebUtility.HtmlEncode(workspaceName)} is attached: <strong>{WebUtility.HtmlEncode(reportTitle)}</strong>.</p>
            <p><a href="{WebUtility.HtmlEncode(reportsLink)}">Earlier reports and the schedule</a></p>
            """;
        return new EmailMessage(subject, text, html);
    }
}

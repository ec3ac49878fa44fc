using System.Net.Mail;
using Dyad.Core.Common;

namespace Dyad.Core.Reports;

/// <summary>What a schedule sends: which report, in which format, over which period, to whom and on which day of the month.</summary>
public sealed record ReportScheduleDetails(ReportKind Kind, Guid? AccountId, ReportFormat Format, string Period, IReadOnlyList<string> Recipients,
    int DayOfMonth, bool Enabled = true);

/// <summary>
/// A workspace's monthly report e-mail: on <see cref="DayOfMonth"/> (or the first pass after it) of every month the
/// report is generated once and sent to each recipient once (<see cref="ReportDelivery"/> keeps who has had which month).
/// </summary>
public sealed class ReportSchedule : IWorkspaceOwned
{
    /// <summary>Days 29-31 do not occur every month; a schedule stays on a day every month has.</summary>
    public const int LastDay = 28;

    public const int MaxRecipients = 50;
    public const int RecipientMaxLength = 254;

    private ReportSchedule() { }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public ReportKind Kind { get; private set; }
    public Guid? AccountId { get; private set; }
    public ReportFormat Format { get; private set; }

    /// <summary>The dashboards' period the report reads (<c>3m</c>, <c>12m</c>, <c>all</c>, ...), counted back from the day it is made.</summary>
    public string Period { get; private set; } = "";
    public IReadOnlyList<string> Recipients { get; private set; } = [];
    public int DayOfMonth { get; private set; }
    public bool Enabled { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    public static ReportSchedule Create(Guid workspaceId, ReportScheduleDetails details, string by, DateTimeOffset at)
    {
        var schedule = new ReportSchedule { Id = Guid.NewGuid(), WorkspaceId = workspaceId, CreatedAt = at, CreatedBy = by };
        schedule.Change(details);
        return schedule;
    }

    /// <summary>Takes new details; the period is checked by the caller against the dashboards' periods.</summary>
    public void Change(ReportScheduleDetails details)
    {
        var errors = new FieldErrors()
            .Defined("kind", details.Kind, "Kind")
            .Defined("format", details.Format, "Format");
        if (details.Kind == ReportKind.AccountReview && details.AccountId is null)
        {
            errors.Add("accountId", "An account review needs an account.");
        }
        if (details.DayOfMonth is < 1 or > LastDay)
        {
            errors.Add("dayOfMonth", $"The day of the month is 1 to {LastDay}, so that every month has it.");
        }
        var recipients = (details.Recipients ?? []).Select(Blank.ToNull).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (recipients.Count == 0)
        {
            errors.Add("recipients", "Name at least one recipient.");
        }
        else if (recipients.Count > MaxRecipients)
        {
            errors.Add("recipients", $"At most {MaxRecipients} recipients.");
        }
        foreach (var recipient in recipients.Where(r => !IsAddress(r)))
        {
            errors.Add("recipients", $"\u201c{recipient}\u201d is not an e-mail address.");
        }
        errors.ThrowIfAny();
        Kind = details.Kind;
        AccountId = details.Kind == ReportKind.AccountReview ? details.AccountId : null;
        Format = details.Format;
        Period = details.Period;
        Recipients = recipients;
        DayOfMonth = details.DayOfMonth;
        Enabled = details.Enabled;
    }

    /// <summary>The month (<see cref="ReportFormats.MonthOf"/>) whose report is due at <paramref name="now"/>, or null before the day.</summary>
    public int? DueMonth(DateTimeOffset now) => Enabled && now.UtcDateTime.Day >= DayOfMonth ? ReportFormats.MonthOf(now) : null;

    private static bool IsAddress(string text) =>
        text.Length <= RecipientMaxLength && MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);
}

public enum DeliveryStatus
{
    /// <summary>A sender has taken it and is sending; another sender leaves it alone until <see cref="ReportDelivery.ClaimedUntil"/>.</summary>
    Claimed,
    Sent,

    /// <summary>The mail server refused the recipient; not retried this month.</summary>
    Refused,
}

/// <summary>
/// One recipient's e-mail of one month of a schedule. Its unique (schedule, month, recipient) key is the claim: a sender
/// that cannot insert it, or take over a claim whose lease ran out, does not send, so nobody gets a month twice.
/// </summary>
public sealed class ReportDelivery : IWorkspaceOwned
{
    private ReportDelivery() { }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid ScheduleId { get; private set; }
    public int Month { get; private set; }
    public string Recipient { get; private set; } = "";
    public DeliveryStatus Status { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public Guid? ReportId { get; private set; }

    public static ReportDelivery Claim(Guid workspaceId, Guid scheduleId, int month, string recipient, DateTimeOffset until) => new()
    {
        Id = Guid.NewGuid(),
        WorkspaceId = workspaceId,
        ScheduleId = scheduleId,
        Month = month,
        Recipient = recipient.ToLowerInvariant(),
        Status = DeliveryStatus.Claimed,
        ClaimedUntil = until,
    };
}

using Dyad.Core.Reports;
using Dyad.Core.Workspaces;
using Dyad.Data.Common;
using Dyad.Data.Dashboards;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Reports;

/// <summary>A schedule whose report of <see cref="Month"/> is owed to <see cref="Recipients"/>.</summary>
public sealed record DueReportMail(Guid ScheduleId, int Month, string WorkspaceName, IReadOnlyList<string> Recipients);

/// <summary>
/// Which scheduled report e-mails are owed and the bookkeeping that sends each once: a recipient's month is claimed by
/// inserting its <see cref="ReportDelivery"/> row (unique per schedule, month and recipient) before the e-mail goes, so
/// two app instances, or a pass repeated after a restart, never send it twice. A claim whose sender died runs out after
/// <see cref="ClaimLease"/> and is taken over.
/// </summary>
public sealed class ReportMailOutbox(IDbContextFactory<DyadDbContext> contexts, ReportService reports)
{
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <summary>The actor scheduled reports are made by, as their list shows it.</summary>
    public static readonly Actor Scheduler = new(null, "Monthly schedule");

    public async Task<IReadOnlyList<DueReportMail>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = db.Scope.Required;
        var workspace = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Name).SingleAsync(cancellationToken);
        var due = new List<DueReportMail>();
        foreach (var schedule in await db.ReportSchedules.AsNoTracking().Where(s => s.Enabled).ToListAsync(cancellationToken))
        {
            if (schedule.DueMonth(now) is not { } month)
            {
                continue;
            }
            var settled = await db.ReportDeliveries
                .Where(d => d.ScheduleId == schedule.Id && d.Month == month && (d.Status != DeliveryStatus.Claimed || d.ClaimedUntil >= now))
                .Select(d => d.Recipient).ToListAsync(cancellationToken);
            var owed = schedule.Recipients.Where(r => !settled.Contains(r.ToLowerInvariant())).ToList();
            if (owed.Count > 0)
            {
                due.Add(new DueReportMail(schedule.Id, month, workspace, owed));
            }
        }
        return due;
    }

    /// <summary>Takes one recipient's e-mail of the month for this sender; false when it is another's or dealt with.</summary>
    public async Task<bool> TryClaimAsync(DueReportMail mail, string recipient, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ReportDeliveries.Add(ReportDelivery.Claim(db.Scope.Required, mail.ScheduleId, mail.Month, recipient, now + ClaimLease));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DbContextExtensions.IsUniqueViolation(ex))
        {
            // The row is there: take it over only if its sender's lease ran out.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            var key = recipient.ToLowerInvariant();
            return await again.ReportDeliveries
                .Where(d => d.ScheduleId == mail.ScheduleId && d.Month == mail.Month && d.Recipient == key && d.Status == DeliveryStatus.Claimed
                            && d.ClaimedUntil < now)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedUntil, now + ClaimLease), cancellationToken) == 1;
        }
    }

    /// <summary>The month's report of the schedule, made once (seen as a CX manager sees the workspace) and then reused.</summary>
    public async Task<(StoredReport Report, string FileName)?> ReportAsync(DueReportMail mail, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ReportSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == mail.ScheduleId, cancellationToken) is not { } schedule)
        {
            return null;
        }
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.ScheduleId == schedule.Id && r.ScheduleMonth == mail.Month, cancellationToken)
                     ?? await reports.WriteAsync(
                         new ReportRequest(schedule.Kind, schedule.Format, schedule.AccountId,
                             DashboardFilter.Parse(schedule.Period, null, null, null, null, null, null)),
                         new DashboardViewer(null, DyadRole.CxManager), Scheduler, (schedule.Id, mail.Month), cancellationToken);
        return (report, report.FileName);
    }

    /// <summary>Records how the e-mail went, which ends the claim.</summary>
    public async Task MarkAsync(DueReportMail mail, string recipient, bool sent, Guid reportId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = recipient.ToLowerInvariant();
        await db.ReportDeliveries.Where(d => d.ScheduleId == mail.ScheduleId && d.Month == mail.Month && d.Recipient == key)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, sent ? DeliveryStatus.Sent : DeliveryStatus.Refused)
                .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(d => d.SentAt, now)
                .SetProperty(d => d.ReportId, reportId), cancellationToken);
    }

    /// <summary>Gives the e-mail back unsent (the mail server could not be reached), so the next pass tries again.</summary>
    public async Task ReleaseAsync(DueReportMail mail, string recipient, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = recipient.ToLowerInvariant();
        await db.ReportDeliveries
            .Where(d => d.ScheduleId == mail.ScheduleId && d.Month == mail.Month && d.Recipient == key && d.Status == DeliveryStatus.Claimed)
            .ExecuteDeleteAsync(cancellationToken);
    }
}

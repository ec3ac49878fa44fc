using Dyad.Core.Common;
using Dyad.Core.Reports;
using Dyad.Data.Common;
using Dyad.Data.Dashboards;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Reports;

/// <summary>A stored report without its bytes, as lists and the API's metadata show it.</summary>
public sealed record ReportView(Guid Id, string Kind, string Format, Guid? AccountId, string Title, string FileName, string ContentType, int Size,
    string Filter, DateTimeOffset CreatedAt, string CreatedBy, Guid? ScheduleId)
{
    internal static ReportView Of(StoredReport r) => Of(new ReportRow(r.Id, r.Kind, r.Format, r.AccountId, r.Title, r.Size, r.Filter, r.CreatedAt,
        r.CreatedBy, r.ScheduleId));

    internal static ReportView Of(ReportRow r) =>
        new(r.Id, r.Kind.ToSlug(), r.Format.ToText(), r.AccountId, r.Title, StoredReport.FileNameOf(r.Title, r.CreatedAt, r.Format), r.Format.ContentType(),
            r.Size, r.Filter, r.CreatedAt, r.CreatedBy, r.ScheduleId);
}

/// <summary>A stored report's columns but its bytes, as a list reads them.</summary>
internal sealed record ReportRow(Guid Id, ReportKind Kind, ReportFormat Format, Guid? AccountId, string Title, int Size, string Filter,
    DateTimeOffset CreatedAt, string CreatedBy, Guid? ScheduleId)
{
    public static readonly System.Linq.Expressions.Expression<Func<StoredReport, ReportRow>> Select = r =>
        new ReportRow(r.Id, r.Kind, r.Format, r.AccountId, r.Title, r.Size, r.Filter, r.CreatedAt, r.CreatedBy, r.ScheduleId);
}

public sealed record ReportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Generates reports and keeps them. Who sees which follows the dashboards: an account manager sees the reports they
/// made and the account reviews of the accounts they own; every other role sees all of the workspace's reports.
/// </summary>
public sealed class ReportService(IDbContextFactory<DyadDbContext> contexts, ReportBuilder builder, TimeProvider clock)
{
    public const int MaxListed = 200;

    /// <summary>Builds the report from the dashboards' panels, writes it in its format and stores it.</summary>
    public async Task<ReportView> GenerateAsync(ReportRequest request, DashboardViewer viewer, Actor actor, CancellationToken cancellationToken = default)
    {
        var stored = await WriteAsync(request, viewer, actor, schedule: null, cancellationToken);
        return ReportView.Of(stored);
    }

    /// <summary>
    /// Builds and stores a report. A scheduled one is stored once per schedule and month: when another sender stored it
    /// first, that one is returned.
    /// </summary>
    internal async Task<StoredReport> WriteAsync(ReportRequest request, DashboardViewer viewer, Actor actor, (Guid Id, int Month)? schedule,
        CancellationToken cancellationToken)
    {
        var document = await builder.BuildAsync(request, viewer, actor, cancellationToken);
        var content = request.Format switch
        {
            ReportFormat.Pdf => ReportPdf.Write(document),
            ReportFormat.Xlsx => ReportWorkbook.Write(document),
            _ => ReportCsvArchive.Write(document),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = StoredReport.Create(db.Scope.Required, request.Kind, request.Format, request.AccountId, document.Title,
            request.Filter.ToQuery(), content, clock.GetUtcNow(), actor.UserId, actor.Name, schedule);
        db.Reports.Add(stored);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return stored;
        }
        catch (DbUpdateException ex) when (schedule is { } s && DbContextExtensions.IsUniqueViolation(ex))
        {
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            return await again.Reports.AsNoTracking().SingleAsync(r => r.ScheduleId == s.Id && r.ScheduleMonth == s.Month, cancellationToken);
        }
    }

    /// <summary>The reports the viewer may see, newest first, optionally of one account.</summary>
    public async Task<IReadOnlyList<ReportView>> ListAsync(DashboardViewer viewer, Guid? accountId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reports = Visible(db, viewer);
        if (accountId is { } account)
        {
            reports = reports.Where(r => r.AccountId == account);
        }
        var rows = await reports.OrderByDescending(r => r.CreatedAt).Take(MaxListed).Select(ReportRow.Select).ToListAsync(cancellationToken);
        return rows.Select(ReportView.Of).ToList();
    }

    public async Task<ReportView?> GetAsync(Guid id, DashboardViewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await Visible(db, viewer).Where(r => r.Id == id).Select(ReportRow.Select).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : ReportView.Of(row);
    }

    public async Task<ReportFile?> DownloadAsync(Guid id, DashboardViewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Visible(db, viewer).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } report
            ? new ReportFile(report.FileName, report.Format.ContentType(), report.Content)
            : null;
    }

    /// <summary>Deletes a report its maker or a configurer may delete; null when the viewer cannot see it.</summary>
    /// <exception cref="ForbiddenException">The viewer sees the report but neither made it nor configures the workspace.</exception>
    public async Task<bool> DeleteAsync(Guid id, DashboardViewer viewer, bool configures, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await Visible(db, viewer).Where(r => r.Id == id).Select(r => new { r.CreatedById }).SingleOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return false;
        }
        if (!configures && report.CreatedById != viewer.UserId)
        {
            throw new ForbiddenException("A report is deleted by whoever made it, or by a CX manager.");
        }
        await db.Reports.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    private static IQueryable<StoredReport> Visible(DyadDbContext db, DashboardViewer viewer) =>
        viewer.SeesOwnAccountsOnly
            ? db.Reports.Where(r => r.CreatedById == viewer.UserId
                                    || (r.AccountId != null && db.Accounts.Any(a => a.Id == r.AccountId && a.OwnerId == viewer.UserId)))
            : db.Reports;
}

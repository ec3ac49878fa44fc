using Dyad.Core.Common;
using Dyad.Core.Reports;
using Dyad.Data.Common;
using Dyad.Data.Dashboards;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Reports;

/// <summary>A schedule as the API takes it: kind <c>account-review</c> or <c>workspace</c>, format <c>pdf</c>, <c>xlsx</c> or <c>csv</c>.</summary>
public sealed record ReportScheduleInput(string? Kind, Guid? AccountId, string? Format, string? Period, IReadOnlyList<string>? Recipients, int DayOfMonth,
    bool Enabled = true);

/// <param name="LastMonth">The latest month (<c>2026-11</c>) any recipient was sent the report, or null.</param>
public sealed record ReportScheduleView(Guid Id, string Kind, Guid? AccountId, string? AccountName, string Format, string Period,
    IReadOnlyList<string> Recipients, int DayOfMonth, bool Enabled, string? LastMonth);

/// <summary>The workspace's monthly report e-mails: which report, in which format, to whom, on which day.</summary>
public sealed class ReportScheduleService(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReportScheduleView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var schedules = await db.ReportSchedules.AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        var views = new List<ReportScheduleView>();
        foreach (var schedule in schedules)
        {
            views.Add(await ViewAsync(db, schedule, cancellationToken));
        }
        return views;
    }

    public async Task<ReportScheduleView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReportSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } schedule
            ? await ViewAsync(db, schedule, cancellationToken)
            : null;
    }

    public async Task<ReportScheduleView> CreateAsync(ReportScheduleInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var schedule = ReportSchedule.Create(db.Scope.Required, await DetailsAsync(db, input, cancellationToken), actor.Name, clock.GetUtcNow());
        db.ReportSchedules.Add(schedule);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, schedule, cancellationToken);
    }

    public async Task<ReportScheduleView?> UpdateAsync(Guid id, ReportScheduleInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ReportSchedules.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } schedule)
        {
            return null;
        }
        schedule.Change(await DetailsAsync(db, input, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, schedule, cancellationToken);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ReportSchedules.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } schedule)
        {
            return false;
        }
        db.ReportSchedules.Remove(schedule);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The input checked against what the domain cannot know: the dashboards' periods and the workspace's accounts.</summary>
    private static async Task<ReportScheduleDetails> DetailsAsync(DyadDbContext db, ReportScheduleInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        ReportKind kind = default;
        ReportFormat format = default;
        var period = Blank.ToNull(input.Period)?.ToLowerInvariant() ?? DashboardFilter.AllTime;
        Collect(errors, () => kind = ReportFormats.ParseKind(input.Kind));
        Collect(errors, () => format = ReportFormats.ParseFormat(input.Format));
        Collect(errors, () => DashboardFilter.Parse(period, null, null, null, null, null, null));
        if (input.AccountId is { } accountId && !await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            errors.Add("accountId", "There is no such account.");
        }
        errors.ThrowIfAny();
        return new ReportScheduleDetails(kind, input.AccountId, format, period, input.Recipients ?? [], input.DayOfMonth, input.Enabled);
    }

    private static void Collect(FieldErrors errors, Action check)
    {
        try
        {
            check();
        }
        catch (DomainValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    errors.Add(field, message);
                }
            }
        }
    }

    private static async Task<ReportScheduleView> ViewAsync(DyadDbContext db, ReportSchedule s, CancellationToken cancellationToken)
    {
        var account = s.AccountId is { } id ? await db.Accounts.Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var last = await db.ReportDeliveries.Where(d => d.ScheduleId == s.Id && d.Status == DeliveryStatus.Sent)
            .MaxAsync(d => (int?)d.Month, cancellationToken);
        return new ReportScheduleView(s.Id, s.Kind.ToSlug(), s.AccountId, account, s.Format.ToText(), s.Period, s.Recipients, s.DayOfMonth, s.Enabled,
            last is { } month ? $"{month / 100:D4}-{month % 100:D2}" : null);
    }
}

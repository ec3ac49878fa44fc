using System.Security.Claims;
using Dyad.Core.Common;
using Dyad.Core.Reports;
using Dyad.Core.Workspaces;
using Dyad.Data.Dashboards;
using Dyad.Data.Reports;
using Dyad.Web.Api;
using Dyad.Web.Dashboards;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Reports;

/// <summary>
/// A report to generate: <c>kind</c> <c>account-review</c> (with <c>accountId</c>) or <c>workspace</c>, <c>format</c>
/// <c>pdf</c>, <c>xlsx</c> or <c>csv</c>, and the dashboards' filters in the same words their address takes.
/// </summary>
public sealed record GenerateReportRequest(string? Kind, string? Format, Guid? AccountId = null, string? Period = null, string? From = null,
    string? To = null, string? Segment = null, string? Phase = null, string? Role = null);

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/v1/reports").WithTags("Reports").RequirePermission(Permission.Read);
        reports.MapGet("/", ListAsync)
            .Unpaged("The newest 500 reports the caller may see; older ones stay downloadable by id.").WithSummary("The reports the caller may see, newest first (?accountId= for one account's reviews).");
        reports.MapPost("/", GenerateAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Generates a report from the dashboards' numbers and stores it; 201 with its metadata.")
            .WithDescription("{\"kind\":\"account-review\",\"accountId\":\"...\",\"format\":\"pdf\",\"period\":\"12m\"} or {\"kind\":\"workspace\",\"format\":\"xlsx\"}; " +
                             "filters period, from, to, segment, phase, role as on the dashboards. An account manager reviews the accounts they own " +
                             "and their workspace report covers those accounts.");
        reports.MapGet("/{id:guid}", GetAsync).HasETag<StoredReport>().WithName("GetReport").WithSummary("A stored report's metadata.");
        reports.MapGet("/{id:guid}/download", DownloadAsync).HasETag<StoredReport>()
            .WithSummary("The report's file: application/pdf, the xlsx workbook type, or application/zip holding one CSV per section.");
        reports.MapDelete("/{id:guid}", DeleteAsync).HasETag<StoredReport>().RequirePermission(Permission.Contribute)
            .WithSummary("Deletes a report; whoever made it, or a CX manager.");

        var schedules = reports.MapGroup("/schedules");
        schedules.MapGet("/", async (ReportScheduleService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .Unpaged("A workspace schedules a few recurring reports, read whole.")
            .WithSummary("The workspace's monthly report e-mails.");
        schedules.MapGet("/{id:guid}", GetScheduleAsync).HasETag<ReportSchedule>().WithSummary("One monthly report e-mail.");
        schedules.MapPost("/", CreateScheduleAsync).RequirePermission(Permission.Configure)
            .WithSummary("Adds a monthly report e-mail: {\"kind\":\"workspace\",\"format\":\"pdf\",\"period\":\"12m\",\"recipients\":[\"...\"],\"dayOfMonth\":1}.");
        schedules.MapPut("/{id:guid}", UpdateScheduleAsync).HasETag<ReportSchedule>().RequirePermission(Permission.Configure).WithSummary("Changes a monthly report e-mail.");
        schedules.MapDelete("/{id:guid}", DeleteScheduleAsync).HasETag<ReportSchedule>().RequirePermission(Permission.Configure).WithSummary("Stops a monthly report e-mail.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ReportView>>> ListAsync(ClaimsPrincipal user, ReportService service, CancellationToken ct, Guid? accountId = null) =>
        TypedResults.Ok(await service.ListAsync(DashboardsApi.Viewer(user), accountId, ct));

    private static async Task<Created<ReportView>> GenerateAsync(GenerateReportRequest request, ClaimsPrincipal user, ReportService service, CancellationToken ct)
    {
        var report = await service.GenerateAsync(Read(request), DashboardsApi.Viewer(user), user.ToActor(), ct);
        return TypedResults.Created($"/api/v1/reports/{report.Id}", report);
    }

    /// <summary>The report the request asks for, with every wrong field of it reported at once.</summary>
    private static ReportRequest Read(GenerateReportRequest request)
    {
        var errors = new FieldErrors();
        var kind = ReportFormats.KindOrNull(request.Kind);
        var format = ReportFormats.FormatOrNull(request.Format);
        if (kind is null)
        {
            errors.Add("kind", ReportFormats.KindError);
        }
        if (format is null)
        {
            errors.Add("format", ReportFormats.FormatError);
        }
        if (kind == ReportKind.AccountReview && request.AccountId is null)
        {
            errors.Add("accountId", "An account review needs an account.");
        }
        DashboardFilter? filter = null;
        try
        {
            filter = DashboardFilter.Parse(request.Period, request.From, request.To, request.Segment, request.Phase, request.Role, null);
        }
        catch (DomainValidationException invalid)
        {
            errors.Add(invalid);
        }
        if (!errors.IsEmpty || kind is not { } k || format is not { } f || filter is null)
        {
            throw new DomainValidationException(errors.ToDictionary());
        }
        return new ReportRequest(k, f, request.AccountId, filter);
    }

    private static async Task<Results<Ok<ReportView>, NotFound>> GetAsync(Guid id, ClaimsPrincipal user, ReportService service, CancellationToken ct) =>
        await service.GetAsync(id, DashboardsApi.Viewer(user), ct) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(Guid id, ClaimsPrincipal user, ReportService service, CancellationToken ct) =>
        await service.DownloadAsync(id, DashboardsApi.Viewer(user), ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, ClaimsPrincipal user, ReportService service, CancellationToken ct) =>
        await service.DeleteAsync(id, DashboardsApi.Viewer(user), user.Can(Permission.Configure), ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<ReportScheduleView>, NotFound>> GetScheduleAsync(Guid id, ReportScheduleService service, CancellationToken ct) =>
        await service.GetAsync(id, ct) is { } schedule ? TypedResults.Ok(schedule) : TypedResults.NotFound();

    private static async Task<Created<ReportScheduleView>> CreateScheduleAsync(ReportScheduleInput input, ClaimsPrincipal user, ReportScheduleService service,
        CancellationToken ct)
    {
        var created = await service.CreateAsync(input, user.ToActor(), ct);
        return TypedResults.Created($"/api/v1/reports/schedules/{created.Id}", created);
    }

    private static async Task<Results<Ok<ReportScheduleView>, NotFound>> UpdateScheduleAsync(Guid id, ReportScheduleInput input, ReportScheduleService service,
        CancellationToken ct) =>
        await service.UpdateAsync(id, input, ct) is { } schedule ? TypedResults.Ok(schedule) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteScheduleAsync(Guid id, ReportScheduleService service, CancellationToken ct) =>
        await service.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

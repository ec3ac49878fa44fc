using System.Security.Claims;
using System.Text;
using Dyad.Core.Common;
using Dyad.Core.Workspaces;
using Dyad.Data.Dashboards;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Dashboards;

/// <summary>The numbers of every dashboard chart, as JSON or CSV, for the same filters and the same view as the pages.</summary>
public static class DashboardsApi
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public static IEndpointRouteBuilder MapDashboardsApi(this IEndpointRouteBuilder app)
    {
        var dashboards = app.MapGroup("/api/v1/dashboards").WithTags("Dashboards").RequirePermission(Permission.Read);
        dashboards.MapGet("/", () => TypedResults.Ok(DashboardPanels.All))
            .Unpaged("The panel keys, fixed in code.").WithSummary("The keys of the dashboard panels.");
        dashboards.MapGet("/{panel}", GetAsync).WithoutETag("A panel is computed from many rows at read time.")
            .Produces<DashboardTableDto>()
            .Produces(StatusCodes.Status200OK, contentType: CsvContentType)
            .WithSummary("The numbers one dashboard chart shows, as JSON (default) or CSV (format=csv).")
            .WithDescription("Filters: period=3m|6m|12m|24m|all, from and to (yyyy-mm-dd, both included; they override the period), segment, " +
                             "phase (a number), role (a buying-centre role such as decision_maker), account (an id). An account manager " +
                             "sees the accounts they own; other roles the whole workspace. CSV text cells that a spreadsheet would run as " +
                             "a formula get a leading quote; numbers are written plainly with a decimal point.");
        return app;
    }

    /// <summary>A panel's table as JSON: each row an object keyed by column.</summary>
    public sealed record DashboardTableDto(string Panel, string Title, string Filter, IReadOnlyList<string> Columns,
        IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);

    private static async Task<Results<Ok<DashboardTableDto>, FileContentHttpResult, NotFound>> GetAsync(
        string panel, string? format, string? period, string? from, string? to, string? segment, string? phase, string? role, string? account,
        ClaimsPrincipal user, DashboardPanels panels, CancellationToken ct)
    {
        var csv = Blank.ToNull(format)?.ToLowerInvariant() switch
        {
            null or "json" => false,
            "csv" => true,
            _ => throw DomainValidationException.For("format", "Format is json or csv."),
        };
        var filter = DashboardFilter.Parse(period, from, to, segment, phase, role, account);
        if (await panels.TableAsync(panel, Viewer(user), filter, ct) is not { } table)
        {
            return TypedResults.NotFound();
        }
        return csv
            ? TypedResults.File(Encoding.UTF8.GetBytes(table.ToCsv()), CsvContentType, $"{table.Panel}.csv")
            : TypedResults.Ok(new DashboardTableDto(table.Panel, table.Title, filter.ToQuery(), table.Columns, table.Records()));
    }

    /// <summary>The viewer a signed-in user is, for the pages and the API alike.</summary>
    public static DashboardViewer Viewer(ClaimsPrincipal user) => new(user.UserId(), user.Role() ?? DyadRole.Viewer);
}

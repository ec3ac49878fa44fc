using Dyad.Core.Workspaces;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Audit;

/// <summary>Filters of the audit log: <c>from</c> inclusive, <c>to</c> exclusive; paging comes in a <see cref="PageQuery"/>.</summary>
public sealed record AuditQuery(string? EntityType, string? EntityId, Guid? UserId, DateTimeOffset? From, DateTimeOffset? To)
{
    public AuditFilter ToFilter() => new(EntityType, EntityId, UserId, From, To);
}

public static class AuditApi
{
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CircuitHandler, CircuitAuditHandler>();
        return builder;
    }

    /// <summary>Admins only: the log shows every change in the workspace, including to users and their access.</summary>
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/v1/audit").WithTags("Audit").RequirePermission(Permission.Administer);
        audit.MapGet("/", ListAsync).WithNextLink()
            .WithSummary("Who changed what and when, newest first, filtered by entity type or id, user and time; secrets show as [redacted].");
        audit.MapGet("/entity-types", async (AuditLog log, CancellationToken ct) => TypedResults.Ok(await log.EntityTypesAsync(ct)))
            .Unpaged("The kinds of entity Dyad audits, a short fixed set.")
            .WithSummary("The entity types the log holds.");
        audit.MapGet("/export.csv", ExportAsync)
            .WithSummary("The filtered log as CSV, one row per changed property; cells a spreadsheet would run as formulas are quoted.");
        return app;
    }

    private static async Task<Ok<CursorPage<AuditEntryView>>> ListAsync([AsParameters] AuditQuery query, [AsParameters] PageQuery page,
        AuditLog log, CancellationToken ct) =>
        TypedResults.Ok(await log.PageAsync(query.ToFilter(), page.ToRequest(), ct));

    private static async Task<FileContentHttpResult> ExportAsync([AsParameters] AuditQuery query, AuditLog log, CancellationToken ct)
    {
        await using var writer = new StringWriter();
        await log.ExportCsvAsync(query.ToFilter(), writer, ct);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(writer.ToString()), "text/csv", "audit.csv");
    }
}

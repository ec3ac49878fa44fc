using Dyad.Core.Privacy;
using Dyad.Core.Workspaces;
using Dyad.Data.Privacy;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Privacy;

/// <summary>Subject access and erasure requests, and the workspace's retention periods: admins only, like the audit log.</summary>
public static class PrivacyApi
{
    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/api/v1/stakeholders").WithTags("Privacy").RequirePermission(Permission.Administer);
        people.MapGet("/{id:guid}/personal-data", ExportAsync)
            .WithSummary("Everything held about the person: details, responses, invitations, communications and employee notes naming them.");
        people.MapPost("/{id:guid}/erase", EraseAsync)
            .WithSummary("Erases the person's identifying data and the e-mail on their invitations; answers stay, anonymised.");

        var retention = app.MapGroup("/api/v1/privacy/retention").WithTags("Privacy").RequirePermission(Permission.Administer);
        retention.MapGet("/", async (RetentionService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(ct)))
            .WithSummary("The workspace's retention periods in months; null keeps records.");
        retention.MapPut("/", async (RetentionDetails details, RetentionService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(details, ct)))
            .WithSummary("Sets how many months invitations are kept and responses stay linked to their stakeholder.");
        retention.MapPost("/apply", async (RetentionService service, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await service.ApplyAsync(clock.GetUtcNow(), ct)))
            .WithSummary("Applies the retention periods now, as the background job does daily.");
        return app;
    }

    private static async Task<Results<Ok<PersonalDataExport>, NotFound>> ExportAsync(Guid id, PersonalData data, HttpContext context,
        CancellationToken ct)
    {
        if (await data.ExportAsync(id, ct) is not { } export)
        {
            return TypedResults.NotFound();
        }
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"personal-data-{id}.json\"";
        return TypedResults.Ok(export);
    }

    private static async Task<Results<NoContent, NotFound>> EraseAsync(Guid id, PersonalData data, CancellationToken ct) =>
        await data.EraseAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data.Common;
using Dyad.Data.Touchpoints;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Touchpoints;

/// <summary>Recording that a touchpoint happened, which is what touchpoint survey triggers fire on.</summary>
public static class TouchpointOccurrencesApi
{
    public static IEndpointRouteBuilder MapTouchpointOccurrencesApi(this IEndpointRouteBuilder app)
    {
        var occurrences = app.MapGroup("/api/v1/touchpoints/{id:guid}/occurrences").WithTags("Touchpoints").RequirePermission(Permission.Read);
        occurrences.MapPost("/", RecordAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Records that the touchpoint happened: when, an optional note, and the customer's people involved.");
        occurrences.MapGet("/", ListAsync).WithNextLink()
            .WithSummary("The touchpoint's occurrences a page at a time, latest first (sort=occurred_at, or recorded_at); ?journeyId=&accountId=&from=&to=.");
        return app;
    }

    private static async Task<Results<Created<OccurrenceView>, NotFound>> RecordAsync(Guid id, OccurrenceDetails details,
        TouchpointOccurrenceService occurrences, CancellationToken ct) =>
        await occurrences.RecordAsync(id, details, ct) is { } recorded
            ? TypedResults.Created($"/api/v1/touchpoints/{id}/occurrences", recorded)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CursorPage<OccurrenceView>>, NotFound>> ListAsync(Guid id, Guid? journeyId, Guid? accountId, DateTimeOffset? from,
        DateTimeOffset? to, [AsParameters] PageQuery page, TouchpointOccurrenceService occurrences, CancellationToken ct) =>
        await occurrences.PageAsync(id, new OccurrenceFilter(journeyId, accountId, from, to), page.ToRequest(), ct) is { } list
            ? TypedResults.Ok(list)
            : TypedResults.NotFound();
}

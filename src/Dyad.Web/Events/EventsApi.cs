using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Data.Events;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Events;

/// <summary>The critical-event log, the practices used in each event, an account's experience over time and the practice analyses.</summary>
public static class EventsApi
{
    public const string GetEventRoute = "GetEvent";

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/v1/accounts/{accountId:guid}").WithTags("Critical events");
        accounts.MapPost("/events", LogAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Logs a critical event on one of the account's journeys, with the practices the provider used.")
            .WithDescription("The event gets the next case id (phase.sequence) of its phase among the events of the journey's template. " +
                             "Each practice's effect follows from its mode of engagement: reactive restores, proactive bolsters. " +
                             "Destructing practices take no modes.");
        accounts.MapGet("/experience", ExperienceAsync).RequirePermission(Permission.Read)
            .Unpaged("A chart's series: one account's experience after each of its events, drawn whole.")
            .WithSummary("The account's experience over time: the state before and after each of its events, oldest first.");

        var events = app.MapGroup("/api/v1/events").WithTags("Critical events").RequirePermission(Permission.Read);
        events.MapGet("/", ListAsync).WithNextLink()
            .WithSummary("Lists critical events a page at a time, filtered by account, journey, phase and date range: sort by occurred_on (default, oldest first), logged_at, phase or title.");
        events.MapGet("/analysis", AnalyseAsync)
            .WithSummary("Practice analyses of the filtered events of one journey template: recurrence per phase, circumplex, effects, playbook, destruction.")
            .WithDescription("Phases only compare within a template, so the analysis covers one: templateId, or else the template with most events. " +
                             "Recurrence levels follow 000: once is occasionally, twice sometimes, three or more times frequently.");
        events.MapGet("/{id:guid}", GetAsync).HasETag<CriticalEvent>().WithName(GetEventRoute)
            .WithSummary("An event with its people, practices (with derived effect and quadrant) and evidence with its codes.");
        events.MapPut("/{id:guid}", UpdateAsync).HasETag<CriticalEvent>().RequirePermission(Permission.Contribute)
            .WithSummary("Replaces an event's details; its case id changes only when it moves to another phase.");
        events.MapDelete("/{id:guid}", DeleteAsync).HasETag<CriticalEvent>().RequirePermission(Permission.Contribute)
            .WithSummary("Deletes an event with its practices and evidence, stored files included.");

        events.MapPost("/{id:guid}/practices", AddPracticeAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Records a practice the provider used in the event; give both modes or neither.");
        events.MapPut("/{id:guid}/practices/{usageId:guid}", ChangePracticeAsync).HasETag<EventPractice>().RequirePermission(Permission.Contribute)
            .WithSummary("Changes the modes of a practice used in the event. The practice stays: to use another, remove this one and add it.");
        events.MapDelete("/{id:guid}/practices/{usageId:guid}", RemovePracticeAsync).HasETag<EventPractice>().RequirePermission(Permission.Contribute);
        return app;
    }

    private static async Task<Ok<CursorPage<EventSummary>>> ListAsync([AsParameters] EventListQuery query, [AsParameters] PageQuery page,
        EventService events, CancellationToken ct) =>
        TypedResults.Ok(await events.PageAsync(query.ToFilter(), page.ToRequest(), ct));

    private static async Task<Results<Ok<PracticeAnalysisResponse>, NotFound>> AnalyseAsync(
        [AsParameters] EventListQuery query, Guid? templateId, EventAnalyticsService analytics, CancellationToken ct) =>
        await analytics.AnalyseAsync(query.ToFilter(), templateId, ct) is { } analysis
            ? TypedResults.Ok(PracticeAnalysisResponse.From(analysis))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<EventView>, NotFound>> GetAsync(Guid id, EventService events, CancellationToken ct) =>
        await events.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<CreatedAtRoute<EventView>, NotFound>> LogAsync(
        Guid accountId, LogEventRequest request, EventService events, CancellationToken ct)
    {
        Guid? logged;
        try
        {
            logged = await events.LogAsync(accountId, request.RequireDetails(), request.Practices, ct);
        }
        catch (DomainValidationException invalid)
        {
            throw LogEventRequest.InBody(invalid);
        }
        if (logged is not { } id)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.CreatedAtRoute((await events.GetAsync(id, ct))!, GetEventRoute, new { id });
    }

    private static async Task<Results<Ok<EventView>, NotFound>> UpdateAsync(Guid id, CriticalEventDetails details, EventService events, CancellationToken ct) =>
        await events.UpdateAsync(id, details, ct) ? TypedResults.Ok((await events.GetAsync(id, ct))!) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, EventService events, CancellationToken ct) =>
        await events.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<CreatedAtRoute<EventPracticeView>, NotFound>> AddPracticeAsync(
        Guid id, PracticeUse use, EventService events, CancellationToken ct) =>
        await events.AddPracticeAsync(id, use, ct) is { } added
            ? TypedResults.CreatedAtRoute(added, GetEventRoute, new { id })
            : TypedResults.NotFound();

    private static async Task<Results<Ok<EventPracticeView>, NotFound>> ChangePracticeAsync(
        Guid id, Guid usageId, PracticeUse use, EventService events, CancellationToken ct)
    {
        if (await UsageAsync(events, id, usageId, ct) is not { } current)
        {
            return TypedResults.NotFound();
        }
        // The body is the same practice use a POST sends; a PUT that names another practice would otherwise be
        // silently half-applied, so it is refused.
        if (use.PracticeId != current.PracticeId)
        {
            throw DomainValidationException.For(nameof(PracticeUse.PracticeId),
                $"This use is of '{current.PracticeName}'; to record another practice, remove this use and add that practice.");
        }
        return await events.SetPracticeModesAsync(id, usageId, use, ct) && await UsageAsync(events, id, usageId, ct) is { } changed
            ? TypedResults.Ok(changed)
            : TypedResults.NotFound();
    }

    private static async Task<Results<NoContent, NotFound>> RemovePracticeAsync(Guid id, Guid usageId, EventService events, CancellationToken ct) =>
        await events.RemovePracticeAsync(id, usageId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<ExperiencePoint>>, NotFound>> ExperienceAsync(
        Guid accountId, AccountQueries accounts, EventService events, CancellationToken ct)
    {
        // An unknown account (or one of another workspace) has no timeline at all, not an empty one.
        if (await accounts.GetAsync(accountId, ct) is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await events.ExperienceTimelineAsync(accountId, ct));
    }

    private static async Task<EventPracticeView?> UsageAsync(EventService events, Guid eventId, Guid usageId, CancellationToken ct) =>
        (await events.GetAsync(eventId, ct))?.Practices.SingleOrDefault(p => p.Id == usageId);
}

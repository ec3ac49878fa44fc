using System.Security.Claims;
using Dyad.Core.Alerts;
using Dyad.Core.Common;
using Dyad.Core.Workspaces;
using Dyad.Data.Alerts;
using Dyad.Data.Common;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Alerts;

/// <summary>Filters of the alert list; paging comes in a <see cref="PageQuery"/>.</summary>
public sealed record AlertListQuery(Guid? AccountId, string? Rule, string? Status)
{
    public AlertFilter ToFilter()
    {
        var errors = new FieldErrors();
        if (Rule is not null && AlertRules.Find(Rule) is null)
        {
            errors.Add(nameof(Rule), $"Rule must be one of: {string.Join(", ", AlertRules.All.Select(r => r.Key))}.");
        }
        AlertStatus? status = null;
        if (Status is not null)
        {
            if (EnumText.TryParse<AlertStatus>(Status, out var parsed))
            {
                status = parsed;
            }
            else
            {
                errors.Add(nameof(Status), $"Status must be one of: {string.Join(", ", Enum.GetNames<AlertStatus>().Select(EnumText.ToSnakeCase))}.");
            }
        }
        errors.ThrowIfAny();
        return new AlertFilter(AccountId, Rule, status);
    }
}

public static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var alerts = app.MapGroup("/api/v1/alerts").WithTags("Alerts").RequirePermission(Permission.Read);
        alerts.MapGet("/", ListAsync).WithNextLink().WithSummary("Alerts, newest seen first, filtered by account, rule and status.");
        alerts.MapGet("/{id:guid}", GetAsync).HasETag<Alert>().WithSummary("One alert with the reason it fired.");
        alerts.MapPost("/{id:guid}/resolve", ResolveAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Closes an open alert as dealt with; the note says how.");
        alerts.MapPost("/{id:guid}/dismiss", DismissAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Closes an open alert as no problem; the note says why. It stays closed while its condition holds.");
        alerts.MapPost("/evaluate", EvaluateAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Evaluates the rules now, for one account or the whole workspace.");

        var rules = app.MapGroup("/api/v1/alert-rules").WithTags("Alerts").RequirePermission(Permission.Read);
        rules.MapGet("/", async (AlertRuleSettings settings, CancellationToken ct) => TypedResults.Ok(await settings.ListAsync(ct)))
            .Unpaged("One setting per built-in alert rule.")
            .WithSummary("Every rule with what it checks, whether it is on and its threshold.");
        rules.MapPut("/{key}", ChangeRuleAsync).WithoutETag("A rule's setting is replaced whole by its key; built-in rules have no stored row until first changed.").RequirePermission(Permission.Configure)
            .WithSummary("Switches a rule on or off and sets its threshold (empty for the default).");
        return app;
    }

    private static async Task<Ok<CursorPage<AlertView>>> ListAsync([AsParameters] AlertListQuery query, [AsParameters] PageQuery page,
        AlertBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.PageAsync(query.ToFilter(), page.ToRequest(), ct));

    private static async Task<Results<Ok<AlertView>, NotFound>> GetAsync(Guid id, AlertBook book, CancellationToken ct) =>
        await book.GetAsync(id, ct) is { } alert ? TypedResults.Ok(alert) : TypedResults.NotFound();

    private static async Task<Results<Ok<AlertView>, NotFound>> ResolveAsync(Guid id, AlertClosing closing, ClaimsPrincipal user, AlertBook book,
        CancellationToken ct) =>
        await book.ResolveAsync(id, closing, user.ToActor(), ct) is { } alert ? TypedResults.Ok(alert) : TypedResults.NotFound();

    private static async Task<Results<Ok<AlertView>, NotFound>> DismissAsync(Guid id, AlertClosing closing, ClaimsPrincipal user, AlertBook book,
        CancellationToken ct) =>
        await book.DismissAsync(id, closing, user.ToActor(), ct) is { } alert ? TypedResults.Ok(alert) : TypedResults.NotFound();

    private static async Task<Ok<EvaluationResult>> EvaluateAsync(Guid? accountId, AlertEvaluator evaluator, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await evaluator.EvaluateAsync(clock.GetUtcNow(), accountId, ct));

    private static async Task<Results<Ok<RuleSettingView>, NotFound>> ChangeRuleAsync(string key, RuleSettingChange change,
        AlertRuleSettings settings, CancellationToken ct) =>
        await settings.ChangeAsync(key, change, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}

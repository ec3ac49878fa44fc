using Dyad.Core.Common;
using Dyad.Core.Health;
using Dyad.Core.Workspaces;
using Dyad.Data.Health;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Health;

/// <summary>Query string of the portfolio and its account list.</summary>
public sealed record PortfolioQuery(string? Rag, Guid? OwnerId, string? Segment, string? Sort, bool? Descending)
{
    public PortfolioFilter ToFilter()
    {
        var errors = new FieldErrors();
        Rag? rag = null;
        if (Rag is not null)
        {
            if (EnumText.TryParse<Rag>(Rag, out var parsed))
            {
                rag = parsed;
            }
            else
            {
                errors.Add(nameof(Rag), "Rag must be one of: red, amber, green.");
            }
        }
        var sort = PortfolioSort.Health;
        if (Sort is not null && !EnumText.TryParse(Sort, out sort))
        {
            errors.Add(nameof(Sort), $"Sort must be one of: {string.Join(", ", Enum.GetValues<PortfolioSort>().Select(s => s.ToText()))}.");
        }
        errors.ThrowIfAny();
        return new PortfolioFilter(rag, OwnerId, Blank.ToNull(Segment), sort, Descending ?? false);
    }
}

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/api/v1/health").WithTags("Account health").RequirePermission(Permission.Read);
        health.MapGet("/accounts", ListAsync)
            .Unpaged("Scores are computed for every account at once to rank the portfolio, which ?sort= and ?descending= order.")
            .WithSummary("Every account with its health score, red/amber/green, trend over about 30 days, revenue and owner; sorted and filtered.");
        health.MapGet("/accounts/{accountId:guid}", GetAsync).WithoutETag("An account's health is computed, not edited.")
            .WithSummary("One account's health now with each input's score and the reasons, and its daily history.");
        health.MapGet("/portfolio", PortfolioAsync)
            .WithSummary("Accounts and revenue per colour and the revenue at risk (annual revenue of the accounts in red), over the filtered accounts.");
        health.MapPost("/recompute", RecomputeAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Stores today's health of every account (or one) in the history; again the same day replaces the day's figures.");
        health.MapGet("/scorecard", async (AccountHealthService service, CancellationToken ct) => TypedResults.Ok(await service.ScorecardAsync(ct)))
            .WithSummary("The workspace's scorecard: each input's weight and the red and green thresholds.");
        health.MapPut("/scorecard", ChangeScorecardAsync).RequirePermission(Permission.Configure)
            .WithSummary("Changes the weights (0-100 each, one above 0) and thresholds (red below, green from; red below green).");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<AccountHealthRow>>> ListAsync([AsParameters] PortfolioQuery query, PortfolioService portfolio,
        CancellationToken ct) =>
        TypedResults.Ok((await portfolio.ReadAsync(query.ToFilter(), ct)).Accounts);

    private static async Task<Results<Ok<AccountHealthView>, NotFound>> GetAsync(Guid accountId, AccountHealthService service, CancellationToken ct) =>
        await service.ForAccountAsync(accountId, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Ok<PortfolioSummary>> PortfolioAsync([AsParameters] PortfolioQuery query, PortfolioService portfolio,
        CancellationToken ct) =>
        TypedResults.Ok((await portfolio.ReadAsync(query.ToFilter(), ct)).Summary);

    private static async Task<Ok<RecomputeResult>> RecomputeAsync(Guid? accountId, AccountHealthService service, CancellationToken ct) =>
        TypedResults.Ok(await service.RecomputeAsync(accountId, ct));

    private static async Task<Ok<Scorecard>> ChangeScorecardAsync(Scorecard scorecard, AccountHealthService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ChangeScorecardAsync(scorecard, ct));
}

using Dyad.Core.Health;

namespace Dyad.Data.Health;

/// <summary>One account in the portfolio: its health now, the change over about a month, its revenue and owner.</summary>
/// <param name="Nps">The account's NPS over the last 12 months, for the chart of NPS against revenue.</param>
public sealed record AccountHealthRow(
    Guid AccountId,
    string Name,
    string? Segment,
    string? Tier,
    decimal? AnnualRevenue,
    Guid? OwnerId,
    string? OwnerName,
    double? Score,
    Rag? Rag,
    double? Trend,
    double? Nps);

/// <summary>One account's health with the reasons behind it and its daily history, oldest first.</summary>
public sealed record AccountHealthView(
    Guid AccountId,
    string Name,
    decimal? AnnualRevenue,
    string? OwnerName,
    double? Score,
    Rag? Rag,
    double? Trend,
    IReadOnlyList<InputScore> Inputs,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<HealthPoint> History,
    DateTimeOffset ComputedAt);

/// <summary>Accounts and revenue of one colour; <see cref="Rag"/> null for accounts without a score.</summary>
public sealed record RagTotal(Rag? Rag, int Accounts, decimal Revenue);

/// <summary>
/// The portfolio in figures: revenue at risk is the annual revenue of the accounts in red; amber's is shown beside it.
/// An account without a known revenue counts as an account and adds nothing to the sums.
/// </summary>
public sealed record PortfolioSummary(int Accounts, decimal TotalRevenue, decimal RevenueAtRisk, decimal AmberRevenue, double? AverageScore,
    IReadOnlyList<RagTotal> ByRag);

public sealed record Portfolio(IReadOnlyList<AccountHealthRow> Accounts, PortfolioSummary Summary);

public enum PortfolioSort
{
    Health,
    Revenue,
    Trend,
    Name,
}

/// <param name="Rag">Only accounts of this colour.</param>
public sealed record PortfolioFilter(Rag? Rag = null, Guid? OwnerId = null, string? Segment = null, PortfolioSort Sort = PortfolioSort.Health,
    bool Descending = false);

/// <summary>What one recomputation wrote.</summary>
public sealed record RecomputeResult(DateOnly Day, int Accounts);

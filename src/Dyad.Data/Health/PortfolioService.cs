using Dyad.Core.Health;

namespace Dyad.Data.Health;

/// <summary>
/// The accounts with their health, filtered and sorted, and the figures over them: accounts and revenue per colour and
/// the revenue at risk. Kept apart from the pages so any view of the portfolio (a dashboard too) shows the same numbers.
/// </summary>
public sealed class PortfolioService(AccountHealthService health)
{
    public async Task<Portfolio> ReadAsync(PortfolioFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = (await health.ListAsync(cancellationToken))
            .Where(r => (filter.Rag is null || r.Rag == filter.Rag)
                        && (filter.OwnerId is null || r.OwnerId == filter.OwnerId)
                        && (filter.Segment is null || string.Equals(r.Segment, filter.Segment, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return new Portfolio(Sort(rows, filter), Summarize(rows));
    }

    public static PortfolioSummary Summarize(IReadOnlyCollection<AccountHealthRow> rows)
    {
        decimal RevenueOf(Rag? rag) => rows.Where(r => r.Rag == rag).Sum(r => r.AnnualRevenue ?? 0);
        var scores = rows.Select(r => r.Score).OfType<double>().ToList();
        Rag?[] colours = [Rag.Red, Rag.Amber, Rag.Green, null];
        return new PortfolioSummary(rows.Count, rows.Sum(r => r.AnnualRevenue ?? 0), RevenueOf(Rag.Red), RevenueOf(Rag.Amber),
            scores.Count == 0 ? null : Math.Round(scores.Average(), 1),
            colours.Select(c => new RagTotal(c, rows.Count(r => r.Rag == c), RevenueOf(c))).ToList());
    }

    /// <summary>Accounts without the sorted figure go last either way: an unknown is neither high nor low.</summary>
    private static IReadOnlyList<AccountHealthRow> Sort(IEnumerable<AccountHealthRow> rows, PortfolioFilter filter)
    {
        Func<AccountHealthRow, double?> key = filter.Sort switch
        {
            PortfolioSort.Revenue => r => (double?)r.AnnualRevenue,
            PortfolioSort.Trend => r => r.Trend,
            PortfolioSort.Name => _ => 0,
            _ => r => r.Score,
        };
        var known = rows.OrderBy(r => key(r) is null);
        var ordered = filter.Descending ? known.ThenByDescending(key) : known.ThenBy(key);
        return filter.Sort == PortfolioSort.Name && filter.Descending
            ? ordered.ThenByDescending(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList()
            : ordered.ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.AccountId).ToList();
    }
}

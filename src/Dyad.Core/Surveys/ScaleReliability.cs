namespace Dyad.Core.Surveys;

/// <summary>
/// How consistently a multi-item scale measures one thing, over the respondents who answered all its
/// items: Cronbach's raw alpha and each item's corrected item-total correlation (with the total of the
/// other items), both null where undefined (fewer than two respondents, or no variance).
/// </summary>
public sealed record ScaleReliability(int Respondents, double? Alpha, IReadOnlyList<double?> CorrectedItemTotal)
{
    /// <summary>
    /// Raw, covariance-based alpha, k / (k - 1) x (1 - sum of item variances / variance of the total), and
    /// the item-rest correlations; the same quantities as R psych's <c>alpha()$total$raw_alpha</c> and
    /// <c>$item.stats$r.drop</c>. Each row is one respondent's answers to the k items, all present.
    /// </summary>
    public static ScaleReliability Of(IReadOnlyList<IReadOnlyList<double>> rows, int items)
    {
        if (items < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(items), items, "Reliability needs a scale of two items or more.");
        }
        if (rows.Any(r => r.Count != items))
        {
            throw new ArgumentException($"Every row needs an answer to each of the {items} items.", nameof(rows));
        }
        var columns = Enumerable.Range(0, items).Select(i => rows.Select(r => r[i]).ToArray()).ToArray();
        var totals = rows.Select(r => r.Sum()).ToArray();
        return new ScaleReliability(
            rows.Count,
            RawAlpha(columns, totals),
            columns.Select((column, i) => Descriptive.Correlation(column, totals.Select((t, r) => t - column[r]).ToArray())).ToArray());
    }

    private static double? RawAlpha(double[][] columns, double[] totals)
    {
        if (Descriptive.SampleVariance(totals) is not { } totalVariance || totalVariance == 0)
        {
            return null;
        }
        var k = columns.Length;
        var itemVariances = columns.Sum(c => Descriptive.SampleVariance(c) ?? 0);
        return k / (k - 1.0) * (1 - itemVariances / totalVariance);
    }
}

namespace Dyad.Core.Surveys;

/// <summary>
/// The few sample statistics the survey analyses share. Variances divide by n - 1, as R's <c>var</c>
/// and <c>cov</c> do, so results agree with the reference values computed there.
/// </summary>
internal static class Descriptive
{
    public static double? Mean(IReadOnlyCollection<double> values) => values.Count == 0 ? null : values.Average();

    public static double? SampleVariance(IReadOnlyList<double> values) => Covariance(values, values);

    /// <summary>Sample covariance of two equally long series; undefined below two observations.</summary>
    public static double? Covariance(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException("Both series need one value per observation.", nameof(y));
        }
        if (x.Count < 2)
        {
            return null;
        }
        var meanX = x.Average();
        var meanY = y.Average();
        var sum = 0.0;
        for (var i = 0; i < x.Count; i++)
        {
            sum += (x[i] - meanX) * (y[i] - meanY);
        }
        return sum / (x.Count - 1);
    }

    /// <summary>Pearson's correlation; undefined when either series does not vary.</summary>
    public static double? Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (Covariance(x, y) is not { } covariance
            || SampleVariance(x) is not (> 0 and var varianceX)
            || SampleVariance(y) is not (> 0 and var varianceY))
        {
            return null;
        }
        return covariance / Math.Sqrt(varianceX * varianceY);
    }
}

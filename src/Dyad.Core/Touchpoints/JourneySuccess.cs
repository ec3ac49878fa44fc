namespace Dyad.Core.Touchpoints;

/// <summary>
/// A journey succeeds only if each of its touchpoints does, so its success is the product of their
/// success rates (004 Figure 2: 0.95 x 0.90 x 0.70 = 0.5985).
/// </summary>
public static class JourneySuccess
{
    /// <summary>The product over measured touchpoints; empty when none has a success rate yet.</summary>
    public static decimal? Of(IEnumerable<decimal?> successRates)
    {
        decimal? product = null;
        foreach (var rate in successRates)
        {
            if (rate is { } measured)
            {
                product = (product ?? 1m) * measured;
            }
        }
        return product;
    }

    /// <summary>The touchpoint whose failure costs the journey most: the lowest measured rate.</summary>
    public static T? WeakestLink<T>(IEnumerable<T> touchpoints, Func<T, decimal?> successRate) where T : class =>
        touchpoints.Where(t => successRate(t) is not null).MinBy(t => successRate(t));
}

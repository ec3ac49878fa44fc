namespace Dyad.Core.Charts;

/// <summary>
/// Maps numbers onto a length of the drawing, with round ticks: the domain is widened to the nearest multiples of a
/// step of 1, 2 or 5 times a power of ten, so an axis reads 0, 20, 40 rather than 3.7, 21.9, 40.1.
/// </summary>
public sealed record LinearScale(double Minimum, double Maximum, double Step, double RangeStart, double RangeEnd)
{
    private static readonly double[] RoundSteps = [1, 2, 5, 10];

    /// <summary>
    /// A scale covering every value (and 0 when <paramref name="includeZero"/>), with at most about
    /// <paramref name="maximumTicks"/> ticks. No values, or all equal, still give a usable axis around them.
    /// </summary>
    public static LinearScale Nice(IEnumerable<double> values, double rangeStart, double rangeEnd, int maximumTicks = 6, bool includeZero = false)
    {
        var all = values.Where(double.IsFinite).ToList();
        if (includeZero)
        {
            all.Add(0);
        }
        double low = all.Count == 0 ? 0 : all.Min(), high = all.Count == 0 ? 1 : all.Max();
        if (low == high)
        {
            // A single value sits in the middle of one step either side rather than on the frame.
            var half = low == 0 ? 1 : Math.Abs(low) / 2;
            (low, high) = (low - half, high + half);
        }
        var step = NiceStep((high - low) / Math.Max(1, maximumTicks - 1));
        return new LinearScale(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step, rangeStart, rangeEnd);
    }

    /// <summary>The smallest of 1, 2, 5, 10 times the power of ten of <paramref name="rough"/> that is at least it.</summary>
    public static double NiceStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough))
        {
            return 1;
        }
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        return RoundSteps.Select(s => s * power).First(s => s >= rough * (1 - 1e-9));
    }

    /// <summary>Where a value lies on the drawing; values outside the domain are held at its edge.</summary>
    public double Map(double value) =>
        RangeStart + (Math.Clamp(value, Minimum, Maximum) - Minimum) / (Maximum - Minimum) * (RangeEnd - RangeStart);

    /// <summary>The tick values from the minimum to the maximum, rounded so 0.1 + 0.2 shows as 0.3.</summary>
    public IReadOnlyList<double> Ticks()
    {
        var count = (int)Math.Round((Maximum - Minimum) / Step);
        return Enumerable.Range(0, count + 1).Select(i => Math.Round(Minimum + i * Step, 10)).ToList();
    }
}

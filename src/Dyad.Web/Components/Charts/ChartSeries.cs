using System.Globalization;

namespace Dyad.Web.Components.Charts;

/// <summary>
/// One named series of a chart: a value per category (null where there is none), optionally a band around each value
/// (a margin of error) and the number of answers each rests on.
/// </summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, IReadOnlyList<double?>? Lower = null,
    IReadOnlyList<double?>? Upper = null, IReadOnlyList<int>? Counts = null);

/// <summary>A point of a scatter chart, with the label that names it.</summary>
public sealed record ScatterPoint(string Label, double X, double Y, int Group = 0);

/// <summary>Numbers as people read them in a chart's labels and titles, the same whatever the server's culture.</summary>
internal static class ChartText
{
    private static readonly CultureInfo Display = CultureInfo.GetCultureInfo("en-GB");

    public static string Show(double? value, string format = "0.#") => value is { } v ? v.ToString(format, Display) : "n/a";

    /// <summary>A signed figure with a true minus sign, which screen readers say.</summary>
    public static string Signed(double? value, string format = "0.00") =>
        value is not { } v ? "n/a" : v > 0 ? "+" + v.ToString(format, Display) : v < 0 ? "−" + (-v).ToString(format, Display) : v.ToString(format, Display);
}

using System.Globalization;

namespace Dyad.Web.Components.Surveys.Results;

/// <summary>Numbers as SVG attributes want them, whatever the server's culture, and as people read them.</summary>
internal static class ChartMath
{
    private static readonly CultureInfo Display = CultureInfo.GetCultureInfo("en-GB");

    public static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Show(double? value, string format = "0.0") => value is { } v ? v.ToString(format, Display) : "n/a";

    /// <summary>A signed figure: +0.4, −1.2 (a true minus sign, which screen readers say).</summary>
    public static string Signed(double? value, string format = "0.00") =>
        value is not { } v ? "n/a" : v > 0 ? "+" + v.ToString(format, Display) : v < 0 ? "−" + (-v).ToString(format, Display) : v.ToString(format, Display);
}

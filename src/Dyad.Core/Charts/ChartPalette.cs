namespace Dyad.Core.Charts;

/// <summary>
/// Series colours that stay apart for people with the common colour-vision deficiencies: the Okabe-Ito palette
/// (Okabe and Ito, "Color Universal Design", 2008), without its yellow, too light on white for thin lines and text.
/// Beyond these a series repeats a colour, so charts also tell series apart by label and marker.
/// </summary>
public static class ChartPalette
{
    public static readonly IReadOnlyList<string> Series =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];

    /// <summary>Worse than expected, better than expected: vermillion and bluish green, apart for every common deficiency.</summary>
    public const string Negative = "#D55E00";

    public const string Positive = "#009E73";

    public const string Neutral = "#999999";

    public static string Of(int index) => Series[((index % Series.Count) + Series.Count) % Series.Count];
}

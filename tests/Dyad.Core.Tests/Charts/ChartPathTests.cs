using Dyad.Core.Charts;

namespace Dyad.Core.Tests.Charts;

public class ChartPathTests
{
    [Fact]
    public void A_period_without_answers_breaks_the_line_instead_of_dropping_to_zero()
    {
        PlotPoint[] points = [new(0, 10), new(10, 20), new(20, null), new(30, 5), new(40, 7.5)];

        Assert.Equal("M 0 10 L 10 20 M 30 5 L 40 7.5", ChartPath.Line(points));
    }

    [Fact]
    public void A_lone_point_draws_no_line()
    {
        Assert.Equal("", ChartPath.Line([new PlotPoint(0, null), new PlotPoint(5, 3), new PlotPoint(10, null)]));
    }

    [Fact]
    public void A_band_runs_along_the_upper_bounds_and_back_along_the_lower()
    {
        BandPoint[] points = [new(0, 8, 12), new(10, 15, 25)];

        Assert.Equal("M 0 12 L 10 25 L 10 15 L 0 8 Z", ChartPath.Band(points));
    }

    [Fact]
    public void A_lone_band_point_becomes_a_narrow_bar_and_gaps_split_the_band()
    {
        BandPoint[] points = [new(0, 1, 3), new(10, null, null), new(20, 2, 6), new(30, 4, 8)];

        Assert.Equal("M -2 3 L 2 3 L 2 1 L -2 1 Z M 20 6 L 30 8 L 30 4 L 20 2 Z", ChartPath.Band(points));
    }

    [Fact]
    public void Numbers_are_written_with_a_point_whatever_the_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
            Assert.Equal("12.35", ChartPath.Number(12.345678));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}

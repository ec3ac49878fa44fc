using Dyad.Core.Charts;

namespace Dyad.Core.Tests.Charts;

public class BandScaleTests
{
    [Fact]
    public void Four_bands_over_400_pixels_are_80_wide_with_20_between()
    {
        var bands = new BandScale(4, 0, 400, Padding: 0.2);

        Assert.Equal(80, bands.Width, 9);
        Assert.Equal([10, 110, 210, 310], Enumerable.Range(0, 4).Select(i => Math.Round(bands.Start(i), 9)));
        Assert.Equal(150, bands.Center(1), 9);
    }

    [Fact]
    public void A_group_splits_its_band_between_its_series()
    {
        var group = new BandScale(2, 0, 200, Padding: 0).Inner(1, 2);

        Assert.Equal(100, group.RangeStart, 9);
        Assert.Equal(200, group.RangeEnd, 9);
        Assert.Equal(45, group.Width, 9);
        Assert.Equal(102.5, group.Start(0), 9);
    }
}

using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

public class ServqualItemsTests
{
    [Theory]
    [InlineData(ServqualDimension.Tangibles, 1, 4)]
    [InlineData(ServqualDimension.Reliability, 5, 9)]
    [InlineData(ServqualDimension.Responsiveness, 10, 13)]
    [InlineData(ServqualDimension.Assurance, 14, 17)]
    [InlineData(ServqualDimension.Empathy, 18, 22)]
    public void Each_dimension_owns_the_items_of_the_22_item_instrument(ServqualDimension dimension, int first, int last)
    {
        Assert.Equal(Enumerable.Range(first, last - first + 1), ServqualItems.Of(dimension));
        Assert.All(ServqualItems.Of(dimension), item => Assert.Equal(dimension, ServqualItems.DimensionOf(item)));
    }

    [Fact]
    public void The_five_dimensions_cover_items_1_to_22_once_each()
    {
        Assert.Equal(Enumerable.Range(1, 22), ServqualItems.Dimensions.SelectMany(ServqualItems.Of));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(23)]
    public void There_is_no_item_outside_1_to_22(int item)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ServqualItems.DimensionOf(item));
    }
}

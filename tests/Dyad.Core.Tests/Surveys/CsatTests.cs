using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Surveys;

public class CsatTests
{
    [Fact]
    public void Csat_is_the_share_of_4_and_5_answers()
    {
        Assert.Equal(new CsatResult(6, 3, 0.5), Csat.Of([5, 4, 3, 2, 1, 4]));
    }

    [Fact]
    public void No_answers_leave_the_share_undefined()
    {
        Assert.Equal(new CsatResult(0, 0, null), Csat.Of([]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_rating_outside_1_to_5_is_rejected(int rating)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Csat.Of([rating]));
    }
}

using Dyad.Core.Practices;

namespace Dyad.Core.Tests.Practices;

public class RecurrenceTests
{
    private static readonly PracticeCatalogue Catalogue = PracticeCatalogue.BuiltIn;

    [Theory]
    [InlineData(1, RecurrenceLevel.Occasionally)]
    [InlineData(2, RecurrenceLevel.Sometimes)]
    [InlineData(3, RecurrenceLevel.Frequently)]
    [InlineData(5, RecurrenceLevel.Frequently)]
    public void Once_is_occasionally_twice_sometimes_three_or_more_frequently(int count, RecurrenceLevel level)
    {
        Assert.Equal(level, Recurrence.LevelFor(count));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_practice_never_coded_has_no_recurrence_level(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Recurrence.LevelFor(count));
    }

    [Fact]
    public void Matrix_counts_each_practice_per_phase()
    {
        var analysing = Catalogue.Get(PracticeKeys.AnalysingTheProblem);
        var slow = Catalogue.Get(PracticeKeys.CommunicatingSlowly);

        var rows = Recurrence.Matrix(
        [
            (2, analysing),
            (1, analysing),
            (1, slow),
            (1, analysing),
            (1, analysing),
        ]);

        Assert.Collection(rows,
            r => Assert.Equal((1, PracticeKeys.AnalysingTheProblem, 3, RecurrenceLevel.Frequently, PracticePolarity.Facilitating),
                (r.Phase, r.Practice.Key, r.Count, r.Level, r.Polarity)),
            r => Assert.Equal((1, PracticeKeys.CommunicatingSlowly, 1, RecurrenceLevel.Occasionally, PracticePolarity.Destructing),
                (r.Phase, r.Practice.Key, r.Count, r.Level, r.Polarity)),
            r => Assert.Equal((2, PracticeKeys.AnalysingTheProblem, 1, RecurrenceLevel.Occasionally, PracticePolarity.Facilitating),
                (r.Phase, r.Practice.Key, r.Count, r.Level, r.Polarity)));
    }

    [Fact]
    public void Matrix_of_no_codings_is_empty()
    {
        Assert.Empty(Recurrence.Matrix([]));
    }
}

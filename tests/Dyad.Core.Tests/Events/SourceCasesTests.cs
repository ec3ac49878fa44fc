using Dyad.Core.Events;
using Dyad.Core.Practices;
using static Dyad.Core.Practices.PracticeKeys;

namespace Dyad.Core.Tests.Events;

public class SourceCasesTests
{
    /// <summary>The per-phase counts of 001 Table 2 as DOMAIN.md states them: the oracle for the coding.</summary>
    private static readonly Dictionary<int, Dictionary<string, int>> CountsOf001Table2 = new()
    {
        [1] = new() { [AnalysingTheProblem] = 2, [AdvisingConstructively] = 1, [TailoringValuePromise] = 1 },
        [2] = new()
        {
            [TailoringValuePromise] = 3, [ActingSolutionOriented] = 3,
            [AnalysingTheProblem] = 2, [ActingDecisively] = 2, [Empathising] = 2, [ManagingRelationStrategically] = 2,
            [SolvingProblemsAdHoc] = 1, [AdvisingProactively] = 1, [ManagingExpectations] = 1,
        },
        [3] = new()
        {
            [ActingSolutionOriented] = 2, [Empathising] = 2,
            [SolvingProblemsAdHoc] = 1, [TailoringValuePromise] = 1, [ManagingExpectations] = 1, [ManagingRelationStrategically] = 1,
            [ManagingUncoordinatedly] = 1,
        },
        [4] = new()
        {
            [Empathising] = 3, [SolvingProblemsAdHoc] = 2,
            [RepairingTheSituation] = 1, [TailoringValuePromise] = 1, [ActingSolutionOriented] = 1, [ActingDecisively] = 1,
            [ManagingUncoordinatedly] = 1, [CommunicatingSlowly] = 1, [ActingAvoidantly] = 1,
        },
        [5] = new()
        {
            [AnalysingTheProblem] = 2, [ActingSolutionOriented] = 2, [AdvisingProactively] = 2,
            [AdvisingConstructively] = 1, [SellingOpportunistically] = 1,
        },
    };

    [Fact]
    public void Recurrence_of_the_18_cases_reproduces_the_per_phase_counts_of_001_Table_2()
    {
        var rows = Recurrence.Matrix(SourceCases.Codings);

        var computed = rows
            .GroupBy(r => r.Phase)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Practice.Key, r => r.Count));
        Assert.Equal(CountsOf001Table2.Keys.Order(), computed.Keys.Order());
        foreach (var (phase, counts) in CountsOf001Table2)
        {
            Assert.Equal(counts.OrderBy(c => c.Key), computed[phase].OrderBy(c => c.Key));
        }
    }

    [Fact]
    public void Recurrence_of_the_18_cases_rates_the_busiest_practices_frequently()
    {
        var frequent = Recurrence.Matrix(SourceCases.Codings)
            .Where(r => r.Level == RecurrenceLevel.Frequently)
            .Select(r => (r.Phase, r.Practice.Key));

        Assert.Equal([(2, ActingSolutionOriented), (2, TailoringValuePromise), (4, Empathising)], frequent);
    }

    [Fact]
    public void There_are_18_cases_with_unique_ids_in_journey_order()
    {
        var ids = SourceCases.All.Select(c => c.Id).ToList();

        Assert.Equal(18, ids.Count);
        Assert.Equal(ids.Distinct(), ids);
        Assert.Equal(SourceCases.All.OrderBy(c => c.Phase).ThenBy(c => c.Sequence), SourceCases.All);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 6)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    [InlineData(5, 3)]
    public void Each_phase_has_the_cases_of_001_Table_2(int phase, int count)
    {
        var sequences = SourceCases.All.Where(c => c.Phase == phase).Select(c => c.Sequence);

        Assert.Equal(Enumerable.Range(1, count), sequences);
    }

    [Fact]
    public void Eight_cases_come_from_Train_and_Co_and_ten_from_MonITor()
    {
        Assert.Equal(8, SourceCases.All.Count(c => c.Firm == FieldworkFirm.TrainAndCo));
        Assert.Equal(10, SourceCases.All.Count(c => c.Firm == FieldworkFirm.MonItor));
    }

    [Fact]
    public void The_nine_events_narrated_in_000_are_attached_to_their_001_cases_in_order()
    {
        var illustrated = SourceCases.All.Where(c => c.IllustrationIn000 is not null).ToList();

        Assert.Equal(["1.1", "2.3", "2.4", "2.6", "3.1", "3.2", "4.1", "4.3", "5.2"], illustrated.Select(c => c.Id));
        Assert.Equal(Enumerable.Range(1, 9), illustrated.Select(c => c.IllustrationIn000!.Value));
    }

    [Fact]
    public void Every_facilitating_practice_of_a_narrated_event_has_its_modes_and_no_other_practice_has()
    {
        foreach (var sourceCase in SourceCases.All)
        {
            foreach (var instance in sourceCase.Practices)
            {
                var expectModes = sourceCase.IllustrationIn000 is not null && instance.Polarity == PracticePolarity.Facilitating;
                Assert.True(expectModes == (instance.Mode is not null), $"case {sourceCase.Id}: {instance}");
            }
        }
    }

    [Theory]
    [InlineData("3.2", CircumplexQuadrant.AdHocReactive)]
    [InlineData("2.4", CircumplexQuadrant.RegularReactive)]
    [InlineData("4.3", CircumplexQuadrant.AdHocProactive)]
    [InlineData("2.6", CircumplexQuadrant.RegularProactive)]
    public void The_events_000_uses_to_exemplify_each_quadrant_have_a_practice_in_it(string id, CircumplexQuadrant quadrant)
    {
        Assert.Contains(SourceCases.Get(id).Practices, p => p.Quadrant == quadrant);
    }

    [Fact]
    public void Modes_of_the_narrated_events_lean_reactive_as_000_observes()
    {
        var effects = SourceCases.All.SelectMany(c => c.Practices).Where(p => p.Effect is not null).Select(p => p.Effect!.Value).ToList();

        Assert.True(effects.Count(e => e == PracticeEffect.Restore) > effects.Count(e => e == PracticeEffect.Bolster));
    }

    [Fact]
    public void Only_the_competitor_case_is_beyond_repair()
    {
        var beyondRepair = Assert.Single(SourceCases.All, c => c.Experience.BeyondRepair);

        Assert.Equal("4.4", beyondRepair.Id);
        Assert.True(beyondRepair.ActedByCompetitor);
    }

    [Fact]
    public void Every_case_with_a_destructing_practice_leaves_the_experience_worse()
    {
        var destructive = SourceCases.All.Where(c => c.Practices.Any(p => p.Polarity == PracticePolarity.Destructing)).ToList();

        Assert.Equal(["3.1", "4.4", "5.3"], destructive.Select(c => c.Id));
        Assert.All(destructive, c => Assert.True(c.Experience.Worsened, c.Id));
    }

    [Fact]
    public void Every_purely_facilitating_case_leaves_the_experience_better()
    {
        var facilitating = SourceCases.All.Where(c => c.Practices.All(p => p.Polarity == PracticePolarity.Facilitating));

        Assert.All(facilitating, c => Assert.True(c.Experience.Improved, c.Id));
    }

    [Fact]
    public void Every_case_has_summaries_and_first_order_codes()
    {
        Assert.All(SourceCases.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Incident));
            Assert.False(string.IsNullOrWhiteSpace(c.Action));
            Assert.False(string.IsNullOrWhiteSpace(c.Outcome));
            Assert.NotEmpty(c.FirstOrderCodes);
        });
    }
}

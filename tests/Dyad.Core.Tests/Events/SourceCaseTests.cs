using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Core.Practices;

namespace Dyad.Core.Tests.Events;

public class SourceCaseTests
{
    private static readonly PracticeInstance Analysing = new(PracticeCatalogue.BuiltIn.Get(PracticeKeys.AnalysingTheProblem));

    private static readonly PracticeInstance AnalysingRegularly = new(PracticeCatalogue.BuiltIn.Get(PracticeKeys.AnalysingTheProblem),
        new PracticeMode(ModeOfOrganization.Regular, ModeOfEngagement.Reactive));

    private static SourceCase Case(string id, PracticeInstance practice, int? illustration = null) =>
        new(id, FieldworkFirm.TrainAndCo, "Incident.", "Action.", "Outcome.", ["A first-order code"], [practice],
            new ExperienceChange(ExperienceState.Unsettled, ExperienceState.Stable), illustration);

    [Fact]
    public void The_case_id_gives_phase_and_sequence()
    {
        var sourceCase = Case("4.4", Analysing);

        Assert.Equal((4, 4), (sourceCase.Phase, sourceCase.Sequence));
    }

    [Theory]
    [InlineData("6.1")]
    [InlineData("0.1")]
    [InlineData("2.0")]
    [InlineData("2")]
    [InlineData("two.one")]
    public void A_case_id_outside_the_five_phases_is_refused(string id)
    {
        var error = Assert.Throws<DomainValidationException>(() => Case(id, Analysing));

        Assert.Contains(nameof(SourceCase.Id), error.Errors.Keys);
    }

    [Fact]
    public void Modes_belong_only_to_cases_that_000_narrates()
    {
        Assert.Throws<DomainValidationException>(() => Case("1.1", AnalysingRegularly));
        Assert.NotNull(Case("1.1", AnalysingRegularly, illustration: 1).Practices[0].Mode);
    }
}

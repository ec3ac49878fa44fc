using Dyad.Core.Common;
using Dyad.Core.Initiatives;

namespace Dyad.Core.Tests.Initiatives;

public class InitiativeTests
{
    private static readonly DateTimeOffset At = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_cycle_has_its_stages_in_order_and_the_current_one_is_the_first_not_completed()
    {
        var responsive = new Initiative(Guid.NewGuid(), new InitiativeDetails(InitiativeKind.Responsive, "Faster answers"), "Sanne", At);
        var proactive = new Initiative(Guid.NewGuid(), new InitiativeDetails(InitiativeKind.Proactive, "Secure order-delivery"), "Sanne", At);

        responsive.SetStage(InitiativeStage.PainPoints, "Sanne", new DateOnly(2026, 10, 15), null, completed: true, "Sanne", At);

        Assert.Equal(6, responsive.Stages.Count);
        Assert.Equal(InitiativeStage.RootCause, responsive.CurrentStage);
        Assert.Equal((At, "Sanne"), (responsive.Stages[0].CompletedAt!.Value, responsive.Stages[0].CompletedBy));
        Assert.Equal([InitiativeStage.DefineTargetExperiences, InitiativeStage.AlignTouchpoints, InitiativeStage.Measure], proactive.Stages.Select(s => s.Stage));
        Assert.Throws<DomainValidationException>(() =>
            proactive.SetStage(InitiativeStage.RootCause, null, null, null, completed: true, "Sanne", At));
    }

    [Fact]
    public void A_quarter_full_of_prioritised_areas_refuses_one_more_and_names_them()
    {
        var initiative = new Initiative(Guid.NewGuid(), new InitiativeDetails(InitiativeKind.Responsive, "Documentation"), "Sanne", At);

        var error = Assert.Throws<DomainValidationException>(() =>
            initiative.Prioritise(Quarter.Parse("2026-Q4"), ["Responsiveness", "FAT", "Meetings"], limit: 3));

        Assert.Equal("2026-Q4 already has 3 prioritised areas (FAT, Meetings, Responsiveness); a quarter takes at most 3. Move one of them to another quarter first.",
            error.Errors["PrioritisedIn"].Single());
        Assert.Null(initiative.PrioritisedIn);
        initiative.Prioritise(Quarter.Parse("2026-q4"), ["Responsiveness", "FAT"], limit: 3);
        Assert.Equal("2026-Q4", initiative.PrioritisedIn);
    }

    [Theory]
    [InlineData("2026-02-14", "2026-Q1")]
    [InlineData("2026-12-31", "2026-Q4")]
    public void A_day_falls_in_its_calendar_quarter(string day, string quarter)
    {
        Assert.Equal(quarter, Quarter.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ToString());
    }

    [Fact]
    public void Phases_are_chosen_within_a_template()
    {
        var error = Assert.Throws<DomainValidationException>(() => new Initiative(Guid.NewGuid(),
            new InitiativeDetails(InitiativeKind.Responsive, "Kick-off", Scope: new InitiativeScope(Phases: [1])), "Sanne", At));

        Assert.Contains("Scope.TemplateId", error.Errors.Keys);
    }
}

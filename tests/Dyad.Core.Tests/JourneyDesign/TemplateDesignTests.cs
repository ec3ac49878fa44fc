using Dyad.Core.Common;
using Dyad.Core.Journeys;
using Dyad.Core.JourneyDesign;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Tests.JourneyDesign;

public class TemplateDesignTests
{
    private const string By = "Sanne Kuipers";
    private static readonly DateTimeOffset At = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private static JourneyTemplate OwnTemplate() =>
        new(Guid.NewGuid(), "Onboarding", null, [new PhaseDefinition("welcome"), new PhaseDefinition("setup"), new PhaseDefinition("first value")]);

    private static TemplateDesign DesignWithOneTouchpoint(JourneyTemplate template) =>
        new(template, new JourneyMap([], [new MapTouchpoint(Guid.NewGuid(), "Welcome call", 1, Channel.Phone, TouchpointController.Supplier, Visibility.Frontstage)]));

    [Fact]
    public void Adopting_the_target_state_applies_phases_and_touchpoints_and_clears_the_draft()
    {
        var template = OwnTemplate();
        var design = DesignWithOneTouchpoint(template);
        design.StartTarget(template, By, At);
        var target = design.Target!;
        design.ReviseTarget(template, target with
        {
            Phases = [.. target.Phases, new MapPhase(4, "renewal")],
            Touchpoints = [target.Touchpoints[0] with { Owner = "Onboarding team", Phase = 2 }],
        }, By, At);

        var applied = design.Adopt(template, design.Version, inUse: true, By, At.AddHours(1));

        Assert.Equal([MapChangeKind.PhaseAdded, MapChangeKind.TouchpointMoved, MapChangeKind.OwnerChanged], applied.Select(c => c.Kind));
        Assert.Equal(["welcome", "setup", "first value", "renewal"], template.PhasesInOrder.Select(p => p.Name));
        Assert.Equal(("Onboarding team", 2), (design.Touchpoints[0].Owner, design.Touchpoints[0].Phase));
        Assert.Null(design.Target);
        Assert.Empty(design.Changes(template));
        Assert.Equal(At.AddHours(1), design.AdoptedAt);
    }

    [Fact]
    public void A_target_state_read_before_another_edit_is_not_adopted()
    {
        var template = OwnTemplate();
        var design = DesignWithOneTouchpoint(template);
        design.StartTarget(template, By, At);
        var seen = design.Version;
        design.ReviseTarget(template, design.Target! with { Touchpoints = [] }, "Someone else", At);

        Assert.Throws<ConflictException>(() => design.Adopt(template, seen, inUse: false, By, At));
        Assert.Single(design.Touchpoints);
    }

    [Fact]
    public void The_phases_of_a_built_in_template_stay_as_they_are_in_its_target_state()
    {
        var template = BuiltInJourneyTemplates.CreateFor(Guid.NewGuid())[2];
        var design = new TemplateDesign(template, new JourneyMap([], []));
        design.StartTarget(template, By, At);

        var error = Assert.Throws<DomainValidationException>(() => design.ReviseTarget(template,
            design.Target! with { Phases = [.. design.Target!.Phases.Take(4)] }, By, At));

        Assert.Contains("built-in", error.Errors["Phases"][0]);
    }
}

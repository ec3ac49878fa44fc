using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Core.Practices;

namespace Dyad.Core.Tests.Events;

public class PracticeInstanceTests
{
    private static readonly PracticeCatalogue Catalogue = PracticeCatalogue.BuiltIn;

    [Fact]
    public void A_proactive_instance_bolsters_and_sits_in_a_proactive_quadrant()
    {
        var instance = new PracticeInstance(Catalogue.Get(PracticeKeys.TailoringValuePromise),
            new PracticeMode(ModeOfOrganization.Regular, ModeOfEngagement.Proactive));

        Assert.Equal(PracticeEffect.Bolster, instance.Effect);
        Assert.Equal(CircumplexQuadrant.RegularProactive, instance.Quadrant);
    }

    [Fact]
    public void An_instance_without_modes_has_no_effect_or_quadrant()
    {
        var instance = new PracticeInstance(Catalogue.Get(PracticeKeys.ActingDecisively));

        Assert.Null(instance.Effect);
        Assert.Null(instance.Quadrant);
    }

    [Fact]
    public void A_destructing_practice_takes_no_modes()
    {
        var error = Assert.Throws<DomainValidationException>(() => new PracticeInstance(
            Catalogue.Get(PracticeKeys.CommunicatingSlowly), new PracticeMode(ModeOfOrganization.AdHoc, ModeOfEngagement.Reactive)));

        Assert.Contains(nameof(PracticeInstance.Mode), error.Errors.Keys);
    }
}

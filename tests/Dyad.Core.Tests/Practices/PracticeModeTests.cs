using Dyad.Core.Common;
using Dyad.Core.Practices;

namespace Dyad.Core.Tests.Practices;

public class PracticeModeTests
{
    [Theory]
    [InlineData(ModeOfOrganization.AdHoc)]
    [InlineData(ModeOfOrganization.Regular)]
    public void Reactive_engagement_restores_the_experience_however_it_is_organized(ModeOfOrganization organization)
    {
        Assert.Equal(PracticeEffect.Restore, new PracticeMode(organization, ModeOfEngagement.Reactive).Effect);
    }

    [Theory]
    [InlineData(ModeOfOrganization.AdHoc)]
    [InlineData(ModeOfOrganization.Regular)]
    public void Proactive_engagement_bolsters_the_experience_however_it_is_organized(ModeOfOrganization organization)
    {
        Assert.Equal(PracticeEffect.Bolster, new PracticeMode(organization, ModeOfEngagement.Proactive).Effect);
    }

    [Theory]
    [InlineData(ModeOfOrganization.AdHoc, ModeOfEngagement.Reactive, CircumplexQuadrant.AdHocReactive)]
    [InlineData(ModeOfOrganization.Regular, ModeOfEngagement.Reactive, CircumplexQuadrant.RegularReactive)]
    [InlineData(ModeOfOrganization.AdHoc, ModeOfEngagement.Proactive, CircumplexQuadrant.AdHocProactive)]
    [InlineData(ModeOfOrganization.Regular, ModeOfEngagement.Proactive, CircumplexQuadrant.RegularProactive)]
    public void The_two_modes_place_a_practice_in_one_quadrant_of_the_circumplex(
        ModeOfOrganization organization, ModeOfEngagement engagement, CircumplexQuadrant quadrant)
    {
        Assert.Equal(quadrant, new PracticeMode(organization, engagement).Quadrant);
    }

    [Fact]
    public void Each_mode_pair_has_its_own_quadrant()
    {
        var quadrants = Enum.GetValues<ModeOfOrganization>()
            .SelectMany(o => Enum.GetValues<ModeOfEngagement>().Select(e => new PracticeMode(o, e).Quadrant))
            .ToList();

        Assert.Equal(Enum.GetValues<CircumplexQuadrant>().Order(), quadrants.Order());
    }

    [Fact]
    public void An_undefined_mode_is_refused()
    {
        var error = Assert.Throws<DomainValidationException>(() => new PracticeMode(ModeOfOrganization.AdHoc, (ModeOfEngagement)7));

        Assert.Contains("Engagement", error.Errors.Keys);
    }
}

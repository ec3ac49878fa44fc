using Dyad.Core.Common;
using Dyad.Core.Events;

namespace Dyad.Core.Tests.Events;

public class ExperienceStateTests
{
    [Fact]
    public void States_run_from_destroyed_to_surpassed()
    {
        ExperienceState[] expected =
        [
            ExperienceState.Destroyed,
            ExperienceState.Unsettled,
            ExperienceState.Sceptical,
            ExperienceState.Stable,
            ExperienceState.Restored,
            ExperienceState.Surpassed,
        ];

        Assert.Equal(expected, Enum.GetValues<ExperienceState>().Order());
    }

    [Fact]
    public void An_unset_state_is_not_a_destroyed_experience()
    {
        Assert.False(Enum.IsDefined(default(ExperienceState)));
    }

    [Theory]
    [InlineData(ExperienceState.Stable, ExperienceState.Sceptical)]
    [InlineData(ExperienceState.Surpassed, ExperienceState.Restored)]
    [InlineData(ExperienceState.Unsettled, ExperienceState.Destroyed)]
    public void A_higher_state_is_better_and_the_lower_one_worse(ExperienceState higher, ExperienceState lower)
    {
        Assert.True(higher.IsBetterThan(lower));
        Assert.True(lower.IsWorseThan(higher));
        Assert.False(lower.IsBetterThan(higher));
    }

    [Fact]
    public void Moving_up_the_scale_is_an_improvement()
    {
        var change = new ExperienceChange(ExperienceState.Unsettled, ExperienceState.Restored);

        Assert.True(change.Improved);
        Assert.False(change.Worsened);
    }

    [Fact]
    public void Moving_down_the_scale_is_a_worsening()
    {
        var change = new ExperienceChange(ExperienceState.Stable, ExperienceState.Sceptical);

        Assert.True(change.Worsened);
        Assert.False(change.Improved);
    }

    [Fact]
    public void Staying_in_a_state_is_neither()
    {
        var change = new ExperienceChange(ExperienceState.Stable, ExperienceState.Stable);

        Assert.False(change.Improved);
        Assert.False(change.Worsened);
    }

    [Fact]
    public void A_destroyed_experience_can_be_beyond_repair()
    {
        var change = new ExperienceChange(ExperienceState.Stable, ExperienceState.Destroyed, beyondRepair: true);

        Assert.True(change.BeyondRepair);
        Assert.True(change.Worsened);
    }

    [Fact]
    public void Only_a_destroyed_experience_can_be_beyond_repair()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            new ExperienceChange(ExperienceState.Stable, ExperienceState.Sceptical, beyondRepair: true));

        Assert.Contains(nameof(ExperienceChange.BeyondRepair), error.Errors.Keys);
    }

    [Fact]
    public void An_undefined_state_is_refused()
    {
        Assert.Throws<DomainValidationException>(() => new ExperienceChange(default, ExperienceState.Stable));
    }
}

using Dyad.Core.Common;
using Dyad.Core.Surveys.Distribution;

namespace Dyad.Core.Tests.Surveys.Distribution;

public class FatigueCapTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void By_default_a_person_invited_29_days_ago_is_skipped_with_that_date_and_one_invited_31_days_ago_is_not()
    {
        var recent = FatigueCap.Default.Decide([Now.AddDays(-29)], Now);
        var old = FatigueCap.Default.Decide([Now.AddDays(-31)], Now);

        Assert.Equal(new FatigueDecision(false, Now.AddDays(-29)), recent);
        Assert.True(old.Allowed);
        Assert.True(FatigueCap.Default.Decide([], Now).Allowed);
    }

    [Fact]
    public void A_cap_of_two_in_90_days_allows_the_second_and_stops_the_third_naming_the_latest()
    {
        var cap = new FatigueCap(90, 2);

        Assert.True(cap.Decide([Now.AddDays(-60)], Now).Allowed);
        Assert.Equal(Now.AddDays(-10), cap.Decide([Now.AddDays(-60), Now.AddDays(-10)], Now).LastInvitedAt);
    }

    [Fact]
    public void Zero_days_switches_the_cap_off()
    {
        Assert.True(new FatigueCap(0, 1).Decide([Now, Now.AddHours(-1)], Now).Allowed);
    }

    [Fact]
    public void Rules_out_of_range_are_refused_by_field()
    {
        var errors = new DistributionRules(400, 0, 0, 9).Validate();

        Assert.Equal(["FatigueDays", "FatigueMaxInvitations", "ReminderAfterDays", "MaxReminders"], errors.ToDictionary().Keys);
        Assert.Throws<DomainValidationException>(() => new DistributionSettings(Guid.NewGuid(), new DistributionRules(-1, 1, 3, 2)));
    }
}

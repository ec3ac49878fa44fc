using Dyad.Core.Dashboards;

namespace Dyad.Core.Tests.Dashboards;

public class ActionAgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, ActionAgeBucket.UpToAWeek)]
    [InlineData(7, ActionAgeBucket.UpToAWeek)]
    [InlineData(8, ActionAgeBucket.UpToAMonth)]
    [InlineData(30, ActionAgeBucket.UpToAMonth)]
    [InlineData(31, ActionAgeBucket.UpToAQuarter)]
    [InlineData(90, ActionAgeBucket.UpToAQuarter)]
    [InlineData(91, ActionAgeBucket.OverAQuarter)]
    public void An_action_falls_in_the_bucket_of_its_whole_days_open(int days, ActionAgeBucket bucket) =>
        Assert.Equal(bucket, ActionAge.Of(Now.AddDays(-days).AddHours(-1), Now));
}

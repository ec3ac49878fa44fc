namespace Dyad.Web.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, so "a day later" takes no waiting.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

using Dyad.Core.Integrations;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Tests.Integrations;

public class TouchpointChoiceTests
{
    private static readonly Guid OldJourney = Guid.NewGuid();
    private static readonly Guid NewJourney = Guid.NewGuid();
    private static readonly DateTimeOffset Then = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static TouchpointCandidate Tp(string name, Channel channel, int phase, Guid journey, int current) =>
        new(Guid.NewGuid(), name, channel, phase, journey, current, journey == NewJourney ? Then.AddMonths(6) : Then);

    [Fact]
    public void By_name_the_touchpoint_where_its_journey_is_now_wins_over_a_newer_journey()
    {
        var inCurrentPhase = Tp("Kick-off meeting", Channel.Meeting, 1, OldJourney, current: 1);
        var newer = Tp("Kick-off meeting", Channel.Meeting, 1, NewJourney, current: 3);

        Assert.Same(inCurrentPhase, TouchpointChoice.Choose([newer, inCurrentPhase], null, " kick-off MEETING ", null, out _));
    }

    [Fact]
    public void By_channel_the_newest_journey_breaks_a_tie()
    {
        var old = Tp("Report", Channel.Email, 3, OldJourney, current: 5);
        var newer = Tp("Status mail", Channel.Email, 2, NewJourney, current: 4);
        var phone = Tp("Hotline", Channel.Phone, 4, NewJourney, current: 4);

        Assert.Same(newer, TouchpointChoice.Choose([old, phone, newer], null, null, Channel.Email, out _));
    }

    [Fact]
    public void Nothing_found_says_what_was_looked_for()
    {
        var only = Tp("Report", Channel.Email, 3, OldJourney, current: 3);

        Assert.Null(TouchpointChoice.Choose([only], null, "Factory visit", null, out var byName));
        Assert.Equal("The account has no touchpoint named 'Factory visit'.", byName);
        Assert.Null(TouchpointChoice.Choose([only], null, null, Channel.Visit, out var byChannel));
        Assert.Equal("The account has no touchpoint on the visit channel.", byChannel);
        Assert.Null(TouchpointChoice.Choose([only], Guid.Empty, null, null, out var byId));
        Assert.Contains("no touchpoint", byId);
    }
}

using Dyad.Core.Surveys.Distribution;

namespace Dyad.Core.Tests.Surveys.Distribution;

public class ResponseRatesTests
{
    /// <summary>004's survey: 291 invited, 16 answered (5.5 %); here 9 answered of the 120 users and 7 of the 171 others.</summary>
    private static IEnumerable<InvitationTrack> Survey004() =>
        Enumerable.Range(0, 291).Select(i => new InvitationTrack(i < 120 ? "user" : "decision_maker", Sent: true, Bounced: i % 50 == 49,
            Opened: i % 3 == 0, Started: i % 6 == 0, Answered: i < 9 || (i >= 120 && i < 127)));

    [Fact]
    public void The_004_survey_answered_16_of_291_is_a_response_rate_of_5_5_percent()
    {
        var overall = ResponseRates.Overall(Survey004());

        Assert.Equal((291, 291, 5, 16), (overall.Invited, overall.Sent, overall.Bounced, overall.Answered));
        Assert.Equal(0.055, overall.Rate!.Value, 3);
    }

    [Fact]
    public void Rates_split_by_group_largest_first()
    {
        var groups = ResponseRates.ByGroup(Survey004());

        Assert.Equal(["decision_maker", "user"], groups.Select(g => g.Group));
        Assert.Equal((171, 7), (groups[0].Invited, groups[0].Answered));
        Assert.Equal(9 / 120.0, groups[1].Rate!.Value, 9);
    }

    [Fact]
    public void Nobody_invited_has_no_rate_rather_than_zero()
    {
        Assert.Null(ResponseRates.Overall([]).Rate);
    }
}

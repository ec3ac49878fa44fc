using Dyad.Core.Alerts.Communications;
using Dyad.Core.Alerts.Rules;
using Dyad.Core.Common;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Tests.Alerts;

public class WarningSignRuleTests
{
    private readonly AccountFixture _account = new();

    private static DateTimeOffset HoursAgo(double hours) => AccountFixture.Now.AddHours(-hours);

    [Fact]
    public void A_question_unanswered_beyond_24_hours_fires_with_who_asked_and_how_long_it_waited()
    {
        _account.Log(new CommunicationDetails(CommunicationKind.Question, HoursAgo(30), "When is the FAT?", _account.Anna.Id, Channel.Email));

        var finding = Assert.Single(new UnansweredQuestionRule().Evaluate(_account.Snapshot(), UnansweredQuestionRule.DefaultLimitHours));

        Assert.Contains("Anna Virtanen asked by email", finding.Reason);
        Assert.Contains("no answer for 30 hours; the limit is 24 hours", finding.Reason);
    }

    [Fact]
    public void A_question_answered_or_still_within_the_limit_does_not_fire()
    {
        _account.Log(new CommunicationDetails(CommunicationKind.Question, HoursAgo(30), "When is the FAT?", _account.Anna.Id,
            AnsweredAt: HoursAgo(29), AnsweredBy: "Project manager"));
        _account.Log(new CommunicationDetails(CommunicationKind.Question, HoursAgo(23), "Who signs the protocol?", _account.Mikko.Id));

        Assert.Empty(new UnansweredQuestionRule().Evaluate(_account.Snapshot(), UnansweredQuestionRule.DefaultLimitHours));
    }

    [Fact]
    public void A_workspace_limit_replaces_the_24_hours()
    {
        _account.Log(new CommunicationDetails(CommunicationKind.Question, HoursAgo(5), "When is the FAT?", _account.Anna.Id));

        Assert.Single(new UnansweredQuestionRule().Evaluate(_account.Snapshot(), 4));
    }

    [Fact]
    public void A_stand_in_at_a_key_meeting_without_handover_fires()
    {
        _account.Log(new CommunicationDetails(CommunicationKind.Meeting, HoursAgo(48), "Contract negotiation", IsKeyMeeting: true,
            PlannedAttendee: "Kari (account manager)", ActualAttendee: "Liisa (sales assistant)"));

        var finding = Assert.Single(new StandInWithoutHandoverRule().Evaluate(_account.Snapshot(), 0));

        Assert.StartsWith("Liisa (sales assistant) stood in for Kari (account manager) at the key meeting \"Contract negotiation\"", finding.Reason);
    }

    [Fact]
    public void A_stand_in_with_a_handover_or_at_an_ordinary_meeting_does_not_fire()
    {
        _account.Log(new CommunicationDetails(CommunicationKind.Meeting, HoursAgo(48), "Contract negotiation", IsKeyMeeting: true,
            PlannedAttendee: "Kari", ActualAttendee: "Liisa", HandoverRecorded: true));
        _account.Log(new CommunicationDetails(CommunicationKind.Meeting, HoursAgo(24), "Weekly call", PlannedAttendee: "Kari", ActualAttendee: "Liisa"));
        _account.Log(new CommunicationDetails(CommunicationKind.Meeting, HoursAgo(12), "Steering group", IsKeyMeeting: true,
            PlannedAttendee: "Kari", ActualAttendee: "kari"));

        Assert.Empty(new StandInWithoutHandoverRule().Evaluate(_account.Snapshot(), 0));
    }

    [Fact]
    public void A_commitment_disputed_by_another_stakeholder_fires_with_both_sides()
    {
        var promise = _account.Log(new CommunicationDetails(CommunicationKind.Commitment, HoursAgo(72), "Training included", _account.Anna.Id));
        _account.Log(new CommunicationDetails(CommunicationKind.Contradiction, HoursAgo(2), "Procurement was told training is extra",
            _account.Mikko.Id, CommitmentId: promise.Id));

        var finding = Assert.Single(new ContradictedCommitmentRule().Evaluate(_account.Snapshot(), 0));

        Assert.Equal("We committed to Anna Virtanen: \"Training included\"; Mikko Laine disputes it: \"Procurement was told training is extra\".",
            finding.Reason);
    }

    [Fact]
    public void A_commitment_nobody_disputes_does_not_fire_and_the_promisee_cannot_dispute_it()
    {
        var promise = _account.Log(new CommunicationDetails(CommunicationKind.Commitment, HoursAgo(72), "Training included", _account.Anna.Id));

        Assert.Empty(new ContradictedCommitmentRule().Evaluate(_account.Snapshot(), 0));
        var refused = Assert.Throws<DomainValidationException>(() => _account.Log(new CommunicationDetails(CommunicationKind.Contradiction,
            HoursAgo(1), "Changed my mind", _account.Anna.Id, CommitmentId: promise.Id)));
        Assert.True(refused.Errors.ContainsKey("StakeholderId"));
    }

    [Fact]
    public void A_cost_added_after_the_contract_was_signed_fires()
    {
        _account.Account.RecordContractSigned(new DateOnly(2026, 2, 1));
        _account.Log(new CommunicationDetails(CommunicationKind.CostChange, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero),
            "Travel costs for the FAT", Amount: 4_500m));

        var finding = Assert.Single(new CostAfterSignatureRule().Evaluate(_account.Snapshot(), 0));

        Assert.Equal("A cost of 4,500 (\"Travel costs for the FAT\") was added on 1 Mar 2026, after the contract was signed on 1 Feb 2026.", finding.Reason);
    }

    [Fact]
    public void Costs_before_signing_or_with_no_contract_date_do_not_fire()
    {
        _account.Log(new CommunicationDetails(CommunicationKind.CostChange, new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero),
            "Extra engineering hours", Amount: 1_000m));
        Assert.Empty(new CostAfterSignatureRule().Evaluate(_account.Snapshot(), 0));

        _account.Account.RecordContractSigned(new DateOnly(2026, 2, 1));
        Assert.Empty(new CostAfterSignatureRule().Evaluate(_account.Snapshot(), 0));
    }

    [Fact]
    public void Two_sales_pushes_after_a_no_fire()
    {
        _account.Log(new CommunicationDetails(CommunicationKind.CustomerNo, HoursAgo(200), "No to the monitoring upgrade", _account.Mikko.Id));
        _account.Log(new CommunicationDetails(CommunicationKind.SalesPush, HoursAgo(150), "Upgrade offer again"));
        _account.Log(new CommunicationDetails(CommunicationKind.SalesPush, HoursAgo(50), "Upgrade demo proposed"));

        var finding = Assert.Single(new RepeatedPushAfterNoRule().Evaluate(_account.Snapshot(), RepeatedPushAfterNoRule.DefaultPushes));

        Assert.Contains("Mikko Laine said no", finding.Reason);
        Assert.EndsWith("and we pushed a sale 2 times since.", finding.Reason);
    }

    [Fact]
    public void One_push_after_a_no_and_pushes_before_it_do_not_fire()
    {
        _account.Log(new CommunicationDetails(CommunicationKind.SalesPush, HoursAgo(300), "Upgrade offer"));
        _account.Log(new CommunicationDetails(CommunicationKind.SalesPush, HoursAgo(250), "Upgrade offer again"));
        _account.Log(new CommunicationDetails(CommunicationKind.CustomerNo, HoursAgo(200), "No to the monitoring upgrade", _account.Mikko.Id));
        _account.Log(new CommunicationDetails(CommunicationKind.SalesPush, HoursAgo(50), "Upgrade demo proposed"));

        Assert.Empty(new RepeatedPushAfterNoRule().Evaluate(_account.Snapshot(), RepeatedPushAfterNoRule.DefaultPushes));
    }

    [Fact]
    public void A_question_must_name_who_asked()
    {
        var refused = Assert.Throws<DomainValidationException>(() =>
            _account.Log(new CommunicationDetails(CommunicationKind.Question, HoursAgo(1), "When is the FAT?")));

        Assert.True(refused.Errors.ContainsKey("StakeholderId"));
    }
}

using Dyad.Core.Accounts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Alerts.Rules;
using Dyad.Core.Journeys;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Tests.Alerts;

public class ChallengeRuleTests
{
    [Fact]
    public void C1_fires_when_the_customer_seeks_another_relationship_type()
    {
        var account = new AccountFixture(RelationshipType.Transactional, RelationshipType.Relational);

        var finding = Assert.Single(new RelationshipMismatchRule().Evaluate(account.Snapshot(), 0));

        Assert.Equal("We treat Nordic Paper as a transactional relationship; the customer seeks a relational one.", finding.Reason);
    }

    [Fact]
    public void C1_does_not_fire_when_the_types_agree_or_the_customers_is_unknown()
    {
        Assert.Empty(new RelationshipMismatchRule().Evaluate(new AccountFixture(RelationshipType.Relational, RelationshipType.Relational).Snapshot(), 0));
        Assert.Empty(new RelationshipMismatchRule().Evaluate(new AccountFixture(RelationshipType.Relational).Snapshot(), 0));
    }

    [Fact]
    public void C2_fires_when_stakeholders_and_their_units_lie_far_apart_on_their_latest_scores()
    {
        var account = new AccountFixture();
        account.Response(account.Anna, 20, at: AccountFixture.Now.AddDays(-30));
        account.Response(account.Anna, 90, at: AccountFixture.Now.AddDays(-1));
        account.Response(account.Mikko, 30);

        var findings = new SiloedExperiencesRule().Evaluate(account.Snapshot(), SiloedExperiencesRule.DefaultGap).ToList();

        Assert.Equal(["stakeholders", "units"], findings.Select(f => f.ReasonKey));
        Assert.Equal("Stakeholders of this account diverge: Anna Virtanen scores 90 and Mikko Laine 30 of 100, a gap of 60 points (limit 40).",
            findings[0].Reason);
        Assert.StartsWith("Units of this account diverge: Production scores 90 and Procurement 30", findings[1].Reason);
    }

    [Fact]
    public void C2_does_not_fire_when_stakeholders_agree_or_only_one_has_spoken()
    {
        var account = new AccountFixture();
        account.Response(account.Anna, 10, at: AccountFixture.Now.AddDays(-30));
        account.Response(account.Anna, 70);
        account.Response(account.Mikko, 60);
        Assert.Empty(new SiloedExperiencesRule().Evaluate(account.Snapshot(), SiloedExperiencesRule.DefaultGap));

        var alone = new AccountFixture();
        alone.Response(alone.Anna, 10);
        Assert.Empty(new SiloedExperiencesRule().Evaluate(alone.Snapshot(), SiloedExperiencesRule.DefaultGap));
    }

    [Fact]
    public void C3_fires_on_phases_scoring_far_apart_and_on_an_extra_promised_before_signing()
    {
        var account = new AccountFixture();
        var journey = Guid.NewGuid();
        account.Response(account.Anna, 90, phase: 1, journeyId: journey);
        account.Response(account.Mikko, 80, phase: 1, journeyId: journey);
        account.Response(account.Anna, 40, phase: 4, journeyId: journey);
        account.Account.RecordContractSigned(new DateOnly(2026, 2, 1));
        account.Log(new CommunicationDetails(CommunicationKind.Commitment, new DateTimeOffset(2026, 1, 20, 10, 0, 0, TimeSpan.Zero),
            "Free operator training", account.Mikko.Id, IsExtra: true));

        var findings = new JourneyMismatchRule().Evaluate(account.Snapshot(), JourneyMismatchRule.DefaultGap).ToList();

        Assert.Equal(2, findings.Count);
        Assert.Equal("In the journey 'Paper machine rebuild' phase 1 scores 85 and phase 4 40 of 100, a gap of 45 points (limit 30): expectations differ by stage.",
            findings[0].Reason);
        Assert.Equal("An extra was promised to Mikko Laine before the contract was signed on 1 Feb 2026: \"Free operator training\". Delivery has to honour it.",
            findings[1].Reason);
    }

    [Fact]
    public void C3_does_not_fire_on_close_phases_or_extras_agreed_after_signing()
    {
        var account = new AccountFixture();
        var journey = Guid.NewGuid();
        account.Response(account.Anna, 80, phase: 1, journeyId: journey);
        account.Response(account.Anna, 70, phase: 4, journeyId: journey);
        account.Account.RecordContractSigned(new DateOnly(2026, 2, 1));
        account.Log(new CommunicationDetails(CommunicationKind.Commitment, new DateTimeOffset(2026, 2, 20, 10, 0, 0, TimeSpan.Zero),
            "Free operator training", account.Mikko.Id, IsExtra: true));
        account.Log(new CommunicationDetails(CommunicationKind.Commitment, new DateTimeOffset(2026, 1, 20, 10, 0, 0, TimeSpan.Zero),
            "Delivery in week 12", account.Mikko.Id));

        Assert.Empty(new JourneyMismatchRule().Evaluate(account.Snapshot(), JourneyMismatchRule.DefaultGap));
    }

    [Fact]
    public void C4_fires_on_a_partner_touchpoint_with_a_low_success_rate_or_low_scores()
    {
        var account = new AccountFixture();
        var partner = Guid.NewGuid();
        account.Touchpoint(TouchpointController.Partner, 0.55m, partner);
        account.Response(account.Anna, 30, touchpointId: partner);

        var finding = Assert.Single(new UncontrolledTouchpointRule().Evaluate(account.Snapshot(), UncontrolledTouchpointRule.DefaultMinimum));

        Assert.Equal("'Installation by partner' in the journey 'Paper machine rebuild' is controlled by the partner and has a success rate of 55 % " +
            "and a mean survey score of 30 of 100, below the minimum of 70.", finding.Reason);
    }

    [Fact]
    public void C4_does_not_fire_on_our_own_touchpoints_or_partner_touchpoints_doing_well()
    {
        var account = new AccountFixture();
        account.Touchpoint(TouchpointController.Supplier, 0.40m);
        account.Touchpoint(TouchpointController.Customer, 0.95m);
        account.Touchpoint(TouchpointController.Partner, null);

        Assert.Empty(new UncontrolledTouchpointRule().Evaluate(account.Snapshot(), UncontrolledTouchpointRule.DefaultMinimum));
    }

    [Fact]
    public void C5_fires_on_a_relationship_change_within_the_look_back()
    {
        var account = new AccountFixture(RelationshipType.Transactional);
        account.ChangeRelationship(RelationshipType.Relational, null, AccountFixture.Now.AddDays(-10));

        var finding = Assert.Single(new RelationshipDynamicsRule().Evaluate(account.Snapshot(), RelationshipDynamicsRule.DefaultDays));

        Assert.Equal("On 28 Feb 2026 our view of the relationship type changed from transactional to relational: check the journey and touchpoints still fit.",
            finding.Reason);
    }

    [Fact]
    public void C5_does_not_fire_on_an_old_change_or_an_edit_that_kept_the_types()
    {
        var account = new AccountFixture(RelationshipType.Transactional);
        account.ChangeRelationship(RelationshipType.Relational, null, AccountFixture.Now.AddDays(-200));
        account.ChangeRelationship(RelationshipType.Relational, null, AccountFixture.Now.AddDays(-1));

        Assert.Empty(new RelationshipDynamicsRule().Evaluate(account.Snapshot(), RelationshipDynamicsRule.DefaultDays));
    }

    [Fact]
    public void A_touchpoint_changing_controller_is_recorded_and_an_edit_keeping_it_is_not()
    {
        var account = new AccountFixture();
        var template = BuiltInJourneyTemplates.CreateFor(account.Account.WorkspaceId)[0];
        var journey = new Journey(account.Account.Id, template, "Rebuild", "Test user", AccountFixture.Now);
        var details = new TouchpointDetails("Installation", 1, Channel.Visit, EncounterType.Service, TouchpointController.Supplier, Visibility.Frontstage);
        var touchpoint = new Touchpoint(journey, template, details);

        touchpoint.Update(template, details with { Controller = TouchpointController.Partner });
        var change = RelationshipChange.OfController(TouchpointController.Supplier, touchpoint, account.Account.Id, AccountFixture.Now);

        Assert.Equal("the controller of touchpoint 'Installation' changed from supplier to partner", change!.Describe());
        Assert.Null(RelationshipChange.OfController(TouchpointController.Partner, touchpoint, account.Account.Id, AccountFixture.Now));
    }
}

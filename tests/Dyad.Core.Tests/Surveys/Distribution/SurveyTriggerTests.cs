using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Journeys;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Tests.Surveys.Distribution;

public class SurveyTriggerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly Survey Survey = new(Guid.NewGuid(), new SurveyDetails("NPS", "nps"), Now);

    private static SurveyTrigger Trigger(TriggerDetails details, DateTimeOffset? createdAt = null) => new(Survey, details, createdAt ?? Now);

    private static Touchpoint Touchpoint(string name, Channel channel)
    {
        var template = BuiltInJourneyTemplates.CreateFor(Survey.WorkspaceId).Single(t => t.Name == BuiltInJourneyTemplates.OrderDelivery);
        var journey = new Journey(Guid.NewGuid(), template, "Rebuild", "test", Now);
        return new Touchpoint(journey, template, new TouchpointDetails(name, 1, channel, EncounterType.Communication, TouchpointController.Supplier,
            Visibility.Frontstage));
    }

    [Fact]
    public void An_occurrence_is_due_after_the_delay_and_not_when_it_happened_before_the_trigger_or_is_two_weeks_late()
    {
        var trigger = Trigger(new TriggerDetails("After kick-off", TriggerKind.TouchpointOccurred, DelayDays: 2, TouchpointName: "Kick-off meeting"));
        var happened = Now.AddHours(1);

        Assert.False(trigger.IsDue(happened, happened.AddDays(1)));
        Assert.True(trigger.IsDue(happened, happened.AddDays(2)));
        Assert.False(trigger.IsDue(happened, happened.AddDays(2) + SurveyTrigger.MaxLateness + TimeSpan.FromMinutes(1)));
        Assert.False(trigger.IsDue(Now.AddHours(-1), Now.AddDays(3)));
    }

    [Fact]
    public void A_switched_off_trigger_is_never_due_and_switching_it_on_again_does_not_survey_the_time_it_was_off()
    {
        var details = new TriggerDetails("After kick-off", TriggerKind.TouchpointOccurred, TouchpointName: "Kick-off meeting");
        var trigger = Trigger(details);
        trigger.Update(details with { IsActive = false }, Now.AddDays(1));
        Assert.False(trigger.IsDue(Now.AddDays(2), Now.AddDays(2)));

        trigger.Update(details, Now.AddDays(3));

        Assert.False(trigger.IsDue(Now.AddDays(2), Now.AddDays(3)));
        Assert.True(trigger.IsDue(Now.AddDays(3), Now.AddDays(3)));
    }

    [Fact]
    public void A_trigger_by_name_and_channel_matches_that_touchpoint_in_any_journey_whatever_the_case()
    {
        var trigger = Trigger(new TriggerDetails("Meetings", TriggerKind.TouchpointOccurred, TouchpointName: "kick-off MEETING", Channel: Channel.Meeting));

        Assert.True(trigger.Matches(Touchpoint("Kick-off meeting", Channel.Meeting)));
        Assert.False(trigger.Matches(Touchpoint("Kick-off meeting", Channel.Phone)));
        Assert.False(trigger.Matches(Touchpoint("FAT", Channel.Meeting)));
    }

    [Fact]
    public void A_monthly_round_starts_on_activation_and_the_next_one_month_later_after_the_delay()
    {
        var trigger = Trigger(new TriggerDetails("Relationship", TriggerKind.Periodic, DelayDays: 1, Every: 1, Unit: PeriodUnit.Months));

        Assert.Null(trigger.CurrentRound(Now.AddHours(23)));
        Assert.Equal(new PeriodRound(0, Now), trigger.CurrentRound(Now.AddDays(1)));
        Assert.Equal(new PeriodRound(0, Now), trigger.CurrentRound(Now.AddMonths(1)));
        Assert.Equal(new PeriodRound(1, Now.AddMonths(1)), trigger.CurrentRound(Now.AddMonths(1).AddDays(1)));
        Assert.Equal(new PeriodRound(12, Now.AddMonths(12)), trigger.CurrentRound(Now.AddMonths(12).AddDays(2)));
    }

    [Fact]
    public void The_dedup_key_names_trigger_cause_and_person_and_fits_the_column()
    {
        var trigger = Trigger(new TriggerDetails("Phase", TriggerKind.PhaseEntered, TemplateId: Guid.NewGuid(), Phase: 4));
        var person = Guid.NewGuid();

        var key = trigger.DedupKey(SurveyTrigger.PhaseChangeCause(Guid.NewGuid()), person);

        Assert.StartsWith($"trigger:{trigger.Id:N}:phase:", key, StringComparison.Ordinal);
        Assert.EndsWith(person.ToString("N"), key, StringComparison.Ordinal);
        Assert.True(key.Length <= SurveyInvitation.DedupKeyMaxLength);
        Assert.NotEqual(key, trigger.DedupKey(SurveyTrigger.PhaseChangeCause(Guid.NewGuid()), person));
    }

    [Fact]
    public void Audiences_pick_the_decision_making_unit_the_users_or_those_involved()
    {
        var account = new Account(Survey.WorkspaceId, new AccountDetails("Nordic Paper", RelationshipType.Relational));
        var dmu = new Stakeholder(account, new StakeholderDetails("A", "a@x.example", null, null, HierarchyLevel.Senior, BuyingCentreRole.DecisionMaker, true));
        var user = new Stakeholder(account, new StakeholderDetails("B", "b@x.example", null, null, HierarchyLevel.Operational, BuyingCentreRole.User, false));

        Assert.Equal([true, false], new[] { dmu, user }.Select(s => TriggerAudience.DecisionMakingUnit.Includes(s, [])));
        Assert.Equal([false, true], new[] { dmu, user }.Select(s => TriggerAudience.Users.Includes(s, [])));
        Assert.Equal([false, true], new[] { dmu, user }.Select(s => TriggerAudience.Involved.Includes(s, [user.Id])));
    }

    [Fact]
    public void Each_kind_asks_for_what_it_needs()
    {
        Assert.Contains("TouchpointId", Refusal(new TriggerDetails("T", TriggerKind.TouchpointOccurred)));
        Assert.Equal(["TemplateId", "Phase"], Refusal(new TriggerDetails("P", TriggerKind.PhaseEntered)));
        Assert.Equal(["Every", "Unit"], Refusal(new TriggerDetails("R", TriggerKind.Periodic)));
        Assert.Contains("Audience", Refusal(new TriggerDetails("R", TriggerKind.Periodic, TriggerAudience.Involved, Every: 1, Unit: PeriodUnit.Days)));
    }

    private static IEnumerable<string> Refusal(TriggerDetails details) =>
        Assert.Throws<DomainValidationException>(() => Trigger(details)).Errors.Keys;
}

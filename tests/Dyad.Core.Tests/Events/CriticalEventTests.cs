using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Core.Journeys;
using Dyad.Core.Practices;

namespace Dyad.Core.Tests.Events;

public class CriticalEventTests
{
    private static readonly Guid Workspace = Guid.NewGuid();
    private static readonly Guid Account = Guid.NewGuid();
    private static readonly JourneyTemplate Service = BuiltInJourneyTemplates.CreateFor(Workspace)[0];
    private static readonly Journey Journey = new(Account, Service, "Consultancy", "test", DateTimeOffset.UtcNow);

    private static CriticalEventDetails Details(int phase = 2, ExperienceState after = ExperienceState.Restored, bool beyondRepair = false) =>
        new(Journey.Id, phase, new DateOnly(2026, 3, 1), "Kick-off without the account manager", "A stand-in came to the kick-off.",
            ExperienceState.Unsettled, after, BeyondRepair: beyondRepair);

    [Fact]
    public void Case_id_is_phase_and_sequence()
    {
        var logged = new CriticalEvent(Account, Journey, Service, Details(phase: 3), sequence: 4, DateTimeOffset.UtcNow);

        Assert.Equal("3.4", logged.CaseId);
        Assert.True(logged.Experience.Improved);
    }

    [Fact]
    public void Moving_an_event_to_another_phase_gives_it_that_phase_sequence_and_keeping_it_keeps_its_id()
    {
        var logged = new CriticalEvent(Account, Journey, Service, Details(phase: 2), sequence: 1, DateTimeOffset.UtcNow);

        logged.Update(Journey, Service, Details(phase: 2) with { Title = "Renamed" }, sequence: 9);
        Assert.Equal("2.1", logged.CaseId);

        logged.Update(Journey, Service, Details(phase: 4), sequence: 3);
        Assert.Equal("4.3", logged.CaseId);
    }

    [Fact]
    public void Only_a_destroyed_experience_can_be_beyond_repair()
    {
        var invalid = Assert.Throws<DomainValidationException>(() =>
            new CriticalEvent(Account, Journey, Service, Details(after: ExperienceState.Sceptical, beyondRepair: true), 1, DateTimeOffset.UtcNow));

        Assert.Contains(nameof(CriticalEventDetails.BeyondRepair), invalid.Errors.Keys);
        Assert.True(new CriticalEvent(Account, Journey, Service, Details(after: ExperienceState.Destroyed, beyondRepair: true), 1, DateTimeOffset.UtcNow).BeyondRepair);
    }

    [Fact]
    public void An_event_must_lie_in_a_phase_of_its_journey_template()
    {
        var invalid = Assert.Throws<DomainValidationException>(() =>
            new CriticalEvent(Account, Journey, Service, Details(phase: 6), 1, DateTimeOffset.UtcNow));

        Assert.Contains(nameof(CriticalEventDetails.Phase), invalid.Errors.Keys);
    }

    [Fact]
    public void An_event_cannot_sit_on_another_account_journey()
    {
        var otherJourney = new Journey(Guid.NewGuid(), Service, "Other", "test", DateTimeOffset.UtcNow);

        var invalid = Assert.Throws<DomainValidationException>(() =>
            new CriticalEvent(Account, otherJourney, Service, Details() with { JourneyId = otherJourney.Id }, 1, DateTimeOffset.UtcNow));

        Assert.Contains(nameof(CriticalEventDetails.JourneyId), invalid.Errors.Keys);
    }

    [Fact]
    public void Participants_follow_the_stakeholders_given_on_each_update()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var logged = new CriticalEvent(Account, Journey, Service, Details() with { StakeholderIds = [first, first, second] }, 1, DateTimeOffset.UtcNow);
        Assert.Equal(2, logged.Participants.Count);

        logged.Update(Journey, Service, Details() with { StakeholderIds = [second] }, 1);

        Assert.Equal([second], logged.Participants.Select(p => p.StakeholderId));
    }
}

public class EventPracticeTests
{
    private static readonly Guid Workspace = Guid.NewGuid();
    private static readonly JourneyTemplate Service = BuiltInJourneyTemplates.CreateFor(Workspace)[0];
    private static readonly Journey Journey = new(Guid.NewGuid(), Service, "Training", "test", DateTimeOffset.UtcNow);
    private static readonly CriticalEvent Event = new(Journey.AccountId, Journey, Service,
        new CriticalEventDetails(Journey.Id, 1, new DateOnly(2026, 1, 5), "Intake", "First meeting.", ExperienceState.Stable, ExperienceState.Surpassed),
        1, DateTimeOffset.UtcNow);

    private static Practice BuiltIn(string key) => Practice.BuiltIn(Workspace, PracticeCatalogue.BuiltIn.Get(key), null);

    [Theory]
    [InlineData(ModeOfEngagement.Reactive, PracticeEffect.Restore)]
    [InlineData(ModeOfEngagement.Proactive, PracticeEffect.Bolster)]
    public void Effect_follows_the_mode_of_engagement(ModeOfEngagement engagement, PracticeEffect effect)
    {
        var use = new EventPractice(Event, BuiltIn(PracticeKeys.ManagingExpectations), ModeOfOrganization.Regular, engagement);

        Assert.Equal(effect, use.Effect);
    }

    [Fact]
    public void A_destructing_practice_takes_no_modes()
    {
        var invalid = Assert.Throws<DomainValidationException>(() =>
            new EventPractice(Event, BuiltIn(PracticeKeys.CommunicatingSlowly), ModeOfOrganization.AdHoc, ModeOfEngagement.Reactive));

        Assert.Contains("destructs", invalid.Message);
        Assert.Null(new EventPractice(Event, BuiltIn(PracticeKeys.CommunicatingSlowly), null, null).Effect);
    }

    [Fact]
    public void Modes_come_in_pairs()
    {
        Assert.Throws<DomainValidationException>(() =>
            new EventPractice(Event, BuiltIn(PracticeKeys.Empathising), ModeOfOrganization.AdHoc, null));
    }
}

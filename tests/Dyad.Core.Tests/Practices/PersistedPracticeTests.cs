using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Core.Practices;

namespace Dyad.Core.Tests.Practices;

public class PersistedPracticeTests
{
    private static readonly Guid Workspace = Guid.NewGuid();

    [Fact]
    public void Built_in_practice_round_trips_to_its_catalogue_definition()
    {
        var definition = PracticeCatalogue.BuiltIn.Get(PracticeKeys.ActingSolutionOriented);

        var stored = Practice.BuiltIn(Workspace, definition, dimensionId: null).ToDefinition();

        Assert.Equal(definition.Name, stored.Name);
        Assert.Equal(definition.Aliases, stored.Aliases);
        Assert.Equal(definition.ActivityCode, stored.ActivityCode);
        Assert.Equal(definition.SourceReferences, stored.SourceReferences);
    }

    [Fact]
    public void Built_in_practice_keeps_its_name_and_polarity_but_takes_new_aliases()
    {
        var practice = Practice.BuiltIn(Workspace, PracticeCatalogue.BuiltIn.Get(PracticeKeys.ManagingExpectations), null);

        Assert.Throws<DomainValidationException>(() => practice.Revise(new PracticeDraft("Setting expectations", practice.Description, practice.Polarity, [])));
        practice.Revise(new PracticeDraft(practice.Name, practice.Description, practice.Polarity, [.. practice.Aliases, "Expectation setting"]));

        Assert.Contains("Expectation setting", practice.Aliases);
    }

    [Fact]
    public void Custom_practice_gets_a_key_from_its_name()
    {
        var practice = Practice.Custom(Workspace, new PracticeDraft("Co-creating the roadmap!", "Plan the next release with the customer.", PracticePolarity.Facilitating, []));

        Assert.Equal("co_creating_the_roadmap", practice.Key);
        Assert.False(practice.IsBuiltIn);
    }

    [Fact]
    public void A_custom_practice_key_keeps_the_numbers_of_its_name()
    {
        var practice = Practice.Custom(Workspace, new PracticeDraft("Top 10 fixes in 48 hours", "The ten most asked fixes, shipped fast.", PracticePolarity.Facilitating, []));

        Assert.Equal("top_10_fixes_in_48_hours", practice.Key);
    }
}

public class PracticeAnalyticsTests
{
    private static PracticeDefinition Practice(string key) => PracticeCatalogue.BuiltIn.Get(key);

    private static CodedPractice Coded(int phase, string key, ModeOfOrganization? organization, ModeOfEngagement? engagement,
        ExperienceState before, ExperienceState after, Guid? account = null) =>
        new(phase, Practice(key), organization is { } o && engagement is { } e ? new PracticeMode(o, e) : null,
            new ExperienceChange(before, after), account ?? Guid.Empty);

    [Fact]
    public void Circumplex_places_each_typed_practice_in_its_quadrant_per_phase()
    {
        var placements = PracticeAnalytics.Circumplex(
        [
            Coded(4, PracticeKeys.Empathising, ModeOfOrganization.Regular, ModeOfEngagement.Reactive, ExperienceState.Unsettled, ExperienceState.Restored),
            Coded(4, PracticeKeys.Empathising, ModeOfOrganization.Regular, ModeOfEngagement.Reactive, ExperienceState.Unsettled, ExperienceState.Stable),
            Coded(2, PracticeKeys.Empathising, ModeOfOrganization.AdHoc, ModeOfEngagement.Proactive, ExperienceState.Stable, ExperienceState.Surpassed),
            Coded(3, PracticeKeys.ActingAvoidantly, null, null, ExperienceState.Stable, ExperienceState.Destroyed),
        ]);

        Assert.Equal(2, placements.Count);
        var restoring = placements.Single(p => p.Phase == 4);
        Assert.Equal((CircumplexQuadrant.RegularReactive, 2, RecurrenceLevel.Sometimes, PracticeEffect.Restore),
            (restoring.Quadrant, restoring.Count, restoring.Level, restoring.Effect));
        Assert.Equal(PracticeEffect.Bolster, placements.Single(p => p.Phase == 2).Effect);
    }

    [Fact]
    public void Restore_and_bolster_are_counted_per_phase_including_phases_without_practices()
    {
        var shares = PracticeAnalytics.EffectsByPhase(
        [
            Coded(1, PracticeKeys.AnalysingTheProblem, ModeOfOrganization.Regular, ModeOfEngagement.Reactive, ExperienceState.Unsettled, ExperienceState.Restored),
            Coded(1, PracticeKeys.AdvisingProactively, ModeOfOrganization.AdHoc, ModeOfEngagement.Proactive, ExperienceState.Stable, ExperienceState.Surpassed),
            Coded(1, PracticeKeys.ManagingExpectations, ModeOfOrganization.Regular, ModeOfEngagement.Proactive, ExperienceState.Stable, ExperienceState.Surpassed),
        ], [1, 2]);

        Assert.Equal(new EffectShare(1, 1, 2), shares[0]);
        Assert.Equal(new EffectShare(2, 0, 0), shares[1]);
        Assert.Equal(1m / 3, shares[0].RestoreShare);
        Assert.Null(shares[1].RestoreShare);
    }

    [Fact]
    public void Playbook_ranks_practices_that_preceded_improvement_above_those_that_preceded_decline()
    {
        var playbook = PracticeAnalytics.Playbook(
        [
            Coded(4, PracticeKeys.Empathising, null, null, ExperienceState.Unsettled, ExperienceState.Restored),
            Coded(4, PracticeKeys.Empathising, null, null, ExperienceState.Sceptical, ExperienceState.Stable),
            Coded(4, PracticeKeys.ActingDecisively, null, null, ExperienceState.Stable, ExperienceState.Unsettled),
            Coded(4, PracticeKeys.ActingAvoidantly, null, null, ExperienceState.Stable, ExperienceState.Destroyed),
        ]);

        Assert.Equal([PracticeKeys.Empathising, PracticeKeys.ActingDecisively], playbook.Select(p => p.Practice.Key));
        Assert.Equal(1m, playbook[0].NetImprovement);
        Assert.Equal(-1m, playbook[1].NetImprovement);
    }

    [Fact]
    public void Destructing_activities_are_flagged_per_account()
    {
        var (haven, stadsbank) = (Guid.NewGuid(), Guid.NewGuid());

        var flags = PracticeAnalytics.Destruction(
        [
            Coded(4, PracticeKeys.CommunicatingSlowly, null, null, ExperienceState.Stable, ExperienceState.Destroyed, haven),
            Coded(5, PracticeKeys.CommunicatingSlowly, null, null, ExperienceState.Stable, ExperienceState.Sceptical, haven),
            Coded(5, PracticeKeys.SellingOpportunistically, null, null, ExperienceState.Stable, ExperienceState.Sceptical, stadsbank),
            Coded(5, PracticeKeys.Empathising, null, null, ExperienceState.Stable, ExperienceState.Stable, stadsbank),
        ]);

        Assert.Equal([(haven, PracticeKeys.CommunicatingSlowly, 2), (stadsbank, PracticeKeys.SellingOpportunistically, 1)],
            flags.Select(f => (f.AccountId, f.Practice.Key, f.Count)));
    }
}

using Dyad.Core.Common;
using Dyad.Core.Experiences;
using Dyad.Core.Journeys;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Tests.Experiences;

public sealed class TargetExperienceTests
{
    private static readonly Guid Workspace = Guid.NewGuid();
    private static readonly DateTimeOffset Monday = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    private static TargetExperienceDefinition Secure => TargetExperienceLibrary.Find("secure")!.Definition;

    [Fact]
    public void Every_change_is_a_new_version_and_a_save_without_changes_is_none()
    {
        var (experience, first) = TargetExperience.Create(Workspace, Secure, "Sanne", Monday);
        var revised = experience.Revise(Secure with { Name = "Secure deliveries", IntendedAttainment = 80 }, "Laura", Monday.AddDays(1));
        var unchanged = experience.Revise(Secure with { Name = "  Secure deliveries ", IntendedAttainment = 80 }, "Laura", Monday.AddDays(2));
        var archived = experience.Archive("Sanne", Monday.AddDays(3));

        Assert.Equal((1, VersionChange.Created, "Sanne"), (first.Number, first.Change, first.ChangedBy));
        Assert.Equal((2, VersionChange.Edited, "Laura"), (revised!.Number, revised.Change, revised.ChangedBy));
        Assert.Null(unchanged);
        Assert.Equal((3, VersionChange.Archived), (archived!.Number, archived.Change));
        Assert.Null(experience.Archive("Sanne", Monday.AddDays(4)));
        Assert.Equal("Secure", first.Definition.Name);
        Assert.Equal("Secure deliveries", experience.Name);
        Assert.True(experience.IsArchived);
    }

    [Fact]
    public void The_diff_names_each_changed_field_with_both_sides()
    {
        var before = Secure;
        var after = Secure with
        {
            Name = "Secure deliveries",
            Dimensions = [.. before.Dimensions!.Where(d => d.Dimension != ExperienceDimension.Relational),
                new DimensionResponses(ExperienceDimension.Relational, ["trusting"], ["micromanaging", "doubting"])],
        };

        var changes = DefinitionDiff.Between(before.Normalized(), after.Normalized());

        Assert.Equal(["name", "relational.evoke", "relational.avoid"], changes.Select(c => c.Field));
        Assert.Equal(new FieldChange("relational.avoid", "micromanaging", "micromanaging, doubting"), changes[2]);
    }

    [Fact]
    public void A_definition_refuses_a_general_named_category_a_nameless_custom_one_and_a_response_both_evoked_and_avoided()
    {
        var definition = new TargetExperienceDefinition("", Granularity.General, ExperienceCategory.Secure, ExperienceScope.Journey,
            ExperiencePerspective.Holistic,
            Dimensions: [new DimensionResponses(ExperienceDimension.Affective, ["calm"], ["Calm"])], IntendedAttainment: 120);

        var errors = Assert.Throws<DomainValidationException>(() => TargetExperience.Create(Workspace, definition, "Sanne", Monday)).Errors;

        Assert.Equal(["name", "granularity", "dimensions[0].avoid", "intendedAttainment"], errors.Keys);
        var custom = definition with { Name = "Ours", Category = ExperienceCategory.Custom, Dimensions = null, IntendedAttainment = 70 };
        Assert.Equal(["categoryName"], Assert.Throws<DomainValidationException>(() => custom.Validate().ThrowIfAny()).Errors.Keys);
    }

    [Fact]
    public void The_library_has_the_four_nuanced_categories_with_their_survey_items_and_general_aims_without()
    {
        var nuanced = TargetExperienceLibrary.Templates.Where(t => t.Definition.Granularity == Granularity.Nuanced).ToArray();

        Assert.Equal([ExperienceCategory.Effortless, ExperienceCategory.Secure, ExperienceCategory.Sympathetic, ExperienceCategory.Inspiring],
            nuanced.Select(t => t.Definition.Category));
        // 002 found no sensorial side to secure experiences, so the secure template has three items.
        Assert.Equal([4, 3, 4, 4], nuanced.Select(t => t.SurveyItems.Count));
        Assert.All(TargetExperienceLibrary.Templates, t => t.Definition.Validate().ThrowIfAny());
        Assert.All(TargetExperienceLibrary.Templates.Where(t => t.Definition.Granularity == Granularity.General), t => Assert.Empty(t.SurveyItems));
    }

    [Fact]
    public void A_question_link_takes_ratings_and_nps_and_an_emotion_link_takes_known_options_of_a_choice_question()
    {
        var (experience, _) = TargetExperience.Create(Workspace, Secure, "Sanne", Monday);
        var feelings = new Question("feel", QuestionType.MultipleChoice, LocalizedText.Of("How do you feel?", "Hoe voelt u zich?"),
            Options: [new("calm", LocalizedText.Of("Calm", "Rustig")), new("worried", LocalizedText.Of("Worried", "Bezorgd"))]);
        var survey = new Survey(Workspace, new SurveyDetails("Pulse", Questions: [feelings, .. BuiltInInstruments.Nps.Questions]), Monday);

        var nps = TargetExperienceLink.ToQuestion(experience, survey, BuiltInInstruments.ScoreQuestion);
        var emotions = TargetExperienceLink.ToEmotions(experience, survey, "feel", ["calm"], ["worried"]);

        Assert.Equal((LinkKind.SurveyQuestion, BuiltInInstruments.ScoreQuestion), (nps.Kind, nps.QuestionKey));
        Assert.Equal(["calm"], emotions.EvokeOptions);
        Assert.Equal(["worried"], emotions.AvoidOptions);
        Assert.Contains("questionKey", Assert.Throws<DomainValidationException>(() => TargetExperienceLink.ToQuestion(experience, survey, "feel")).Errors.Keys);
        Assert.Contains("evokeOptions", Assert.Throws<DomainValidationException>(() =>
            TargetExperienceLink.ToEmotions(experience, survey, "feel", ["happy"], [])).Errors.Keys);
        Assert.Contains("avoidOptions", Assert.Throws<DomainValidationException>(() =>
            TargetExperienceLink.ToEmotions(experience, survey, "feel", ["calm"], ["calm"])).Errors.Keys);
        Assert.Contains("keyword", Assert.Throws<DomainValidationException>(() =>
            TargetExperienceLink.ToKeyword(experience, "happiness", ["documentation"])).Errors.Keys);
        Assert.Equal("documentation", TargetExperienceLink.ToKeyword(experience, "Documentation", ["documentation"]).Keyword);
    }

    [Fact]
    public void A_phase_link_needs_a_phase_of_the_template()
    {
        var (experience, _) = TargetExperience.Create(Workspace, Secure, "Sanne", Monday);
        var template = BuiltInJourneyTemplates.CreateFor(Workspace).Single(t => t.Name == BuiltInJourneyTemplates.OrderDelivery);

        Assert.Equal(4, TargetExperienceLink.ToPhase(experience, template, 4).Phase);
        Assert.Contains("phase", Assert.Throws<DomainValidationException>(() => TargetExperienceLink.ToPhase(experience, template, 6)).Errors.Keys);
    }
}

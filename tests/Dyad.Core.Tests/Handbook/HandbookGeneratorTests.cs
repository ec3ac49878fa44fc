using Dyad.Core.Events;
using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.Handbook;
using Dyad.Core.JourneyDesign;
using Dyad.Core.Practices;

namespace Dyad.Core.Tests.Handbook;

public class HandbookGeneratorTests
{
    private static readonly DateOnly Day = new(2026, 9, 1);

    private static HandbookVoice Customer(string text, string topic, FeedbackCard? card, params string[] keywords) =>
        new(VoiceSource.Customer, text, topic, keywords, card, "customer at Hiidenkivi Oy", Day);

    private static HandbookVoice Note(string text, params string[] keywords) =>
        new(VoiceSource.Employee, text, "employee notes", keywords, null, "Martin, focus group", Day);

    private static HandbookPracticeUse Practice(string name, string? key, string caseId, string text, ExperienceState after) =>
        new(new PracticeInEvent(name, PracticePolarity.Facilitating, new ExperienceChange(ExperienceState.Unsettled, after, false)),
            key, caseId, $"Event {caseId}", text, "project manager", null);

    private static HandbookInputs Inputs() => new("Hiidenkivi", Codebook004.Codebook.Keywords,
    [
        Customer("Slow response to our questions during engineering drawings", Codebook004.CustomerService, FeedbackCard.Red, "responsiveness", "documentation"),
        Customer("Quick reply from the project manager", Codebook004.CustomerExperience, FeedbackCard.Green, "responsiveness"),
        Customer("The FAT was professional and the factory staff friendly", Codebook004.DoneWell, FeedbackCard.Green, "professional FAT"),
        Customer("Drawings came late", Codebook004.CustomerService, FeedbackCard.Red, "documentation"),
        Note("Engineering should send documents before the kick-off meeting", "documentation", "meetings"),
    ],
    [
        Practice("Take decisive action", "acting_decisively", "4.1", "The factory answered the customer's question within a day; responsiveness restored trust", ExperienceState.Restored),
        Practice("Empathize with the customer", PracticeKeys.Empathising, "4.2", "The project manager listened to the customer", ExperienceState.Stable),
        Practice("Solve problems ad hoc", "solving_problems_ad_hoc", "4.3", "A quick reply that did not help", ExperienceState.Destroyed),
    ]);

    [Fact]
    public void General_guidelines_come_first_then_the_four_function_chapters_each_ending_with_behavior_and_social_skills()
    {
        var handbook = HandbookGenerator.Generate(Inputs());

        var chapters = handbook.Sections.Select(s => s.Chapter).Distinct().ToList();
        Assert.Equal(HandbookChapters.All, chapters);
        Assert.Equal([HandbookGenerator.AboutTitle, .. GuidelineApproaches.All.Select(a => a.Title)],
            handbook.Sections.Where(s => s.Chapter == HandbookChapters.Guidelines).Select(s => s.Title));
        foreach (var chapter in HandbookChapters.Functions)
        {
            Assert.Equal(HandbookChapters.BehaviorTitle, handbook.Sections.Last(s => s.Chapter == chapter).Title);
        }
        Assert.Equal(handbook.Sections.Count, handbook.Sections.Select(s => s.Key).Distinct().Count());
    }

    [Fact]
    public void The_customer_interface_has_a_section_per_keyword_customers_named_most_important_first()
    {
        var handbook = HandbookGenerator.Generate(Inputs());

        var titles = handbook.Sections.Where(s => s.Chapter == HandbookChapters.CustomerInterface).Select(s => s.Title).ToList();

        // documentation and responsiveness are named twice, documentation with two red cards; the FAT once.
        Assert.Equal(["Documentation", "Responsiveness", "Professional FAT", HandbookChapters.BehaviorTitle], titles);
        Assert.DoesNotContain(handbook.Sections, s => s.Title == "Meetings");
    }

    [Fact]
    public void Evidence_lands_in_the_chapter_of_the_function_it_names()
    {
        var handbook = HandbookGenerator.Generate(Inputs());
        string Section(HandbookChapter chapter, string title) => handbook.Sections.Single(s => s.Chapter == chapter && s.Title == title).Markdown;

        Assert.Contains("Drawings came late", Section(HandbookChapters.Backstage, "Documentation"));
        Assert.Contains("Engineering should send documents", Section(HandbookChapters.Backstage, "Documentation"));
        Assert.Contains("The FAT was professional", Section(HandbookChapters.Production, "Professional FAT"));
        Assert.Contains("Quick reply from the project manager", Section(HandbookChapters.CustomerInterface, "Responsiveness"));
        Assert.DoesNotContain(handbook.Sections, s => s.Chapter == HandbookChapters.Management && s.Title != HandbookChapters.BehaviorTitle);
    }

    [Fact]
    public void A_keyword_section_gives_the_findings_quotes_with_who_said_them_and_the_practices_that_worked()
    {
        var handbook = HandbookGenerator.Generate(Inputs());

        var responsiveness = handbook.Sections.Single(s => s.Key == "production.responsiveness").Markdown;

        Assert.Contains("Customers named responsiveness in 2 answers", responsiveness);
        Assert.Contains("red-card rank", responsiveness);
        Assert.Contains("**Take decisive action** improved the experience in 1 critical event (4.1 Event 4.1)", responsiveness);
        Assert.DoesNotContain("Solve problems ad hoc", string.Concat(handbook.Sections.Select(s => s.Markdown)));
        var quote = handbook.Sections.Single(s => s.Key == "backstage.responsiveness").Markdown;
        Assert.Contains("> Slow response to our questions during engineering drawings\n>\n> \u2014 customer at Hiidenkivi Oy, 2026-09-01", quote);
    }

    [Fact]
    public void Behavior_and_social_skills_carry_004s_advice_and_the_empathy_that_worked()
    {
        var handbook = HandbookGenerator.Generate(Inputs());

        var behavior = handbook.Sections.Single(s => s.Key == "customer-interface.behavior-and-social-skills").Markdown;

        Assert.Contains("Stay calm whatever the situation", behavior);
        Assert.Contains("**Empathize with the customer**", behavior);
        Assert.Contains("factory staff friendly", handbook.Sections.Single(s => s.Key == "production.behavior-and-social-skills").Markdown);
    }

    [Fact]
    public void The_guidelines_place_each_keyword_under_its_approach()
    {
        var handbook = HandbookGenerator.Generate(Inputs());
        string Approach(GuidelineApproach approach) => handbook.Sections.Single(s => s.Title == approach.Title).Markdown;

        Assert.Contains("**responsiveness**", Approach(GuidelineApproaches.Ease));
        Assert.Contains("**documentation**", Approach(GuidelineApproaches.Professionalism));
        Assert.Contains("**professional FAT**", Approach(GuidelineApproaches.Professionalism));
        Assert.StartsWith("*Hard service quality.*", Approach(GuidelineApproaches.Reliability));
        Assert.Contains("None of the customers' keywords", Approach(GuidelineApproaches.Reliability));
        Assert.Contains("| documentation | 2 | 1 | 2 | 0 |", handbook.Sections[0].Markdown);
    }

    [Fact]
    public void Findings_reproduce_the_004_importance_index()
    {
        var findings = HandbookGenerator.Findings(Inputs());

        var documentation = findings[0];
        Assert.Equal(("documentation", 2, 1, 2, 1), (documentation.Keyword, documentation.CustomerMentions, documentation.EmployeeMentions,
            documentation.RedCards, documentation.Rank));
        Assert.Equal(1 + 1 + ImportanceIndex.Relevant, documentation.Importance.Index);
    }

    [Fact]
    public void A_keyword_important_for_the_experience_and_done_well_but_never_to_improve_is_a_strength()
    {
        var product = Enumerable.Repeat(Customer("Good equipment", Codebook004.CustomerExperience, null, "product"), 3)
            .Append(Customer("Great build quality", Codebook004.DoneWell, FeedbackCard.Green, "product"));
        var inputs = Inputs() with { Voices = [.. Inputs().Voices, .. product] };

        var section = HandbookGenerator.Generate(inputs).Sections.Single(s => s.Key == "customer-interface.product").Markdown;

        Assert.True(HandbookGenerator.Findings(inputs).Single(f => f.Keyword == "product").Strength);
        Assert.Contains("a strength to keep", section);
    }

    [Fact]
    public void Customers_words_are_escaped_so_they_print_as_typed()
    {
        Assert.Equal(@"\*urgent\* \#1 \<b\> a\_b", MarkdownText.Escape("*urgent*   #1\n<b> a_b"));
    }
}

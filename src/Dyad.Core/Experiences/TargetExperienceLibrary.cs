using Dyad.Core.Surveys.Instruments;
using static Dyad.Core.Surveys.Instruments.ExperienceDimension;

namespace Dyad.Core.Experiences;

/// <summary>
/// A starting point for a target experience: a definition to adapt, and the keys of the built-in target-experience
/// survey items that ask about it (none for a general aim, which the workspace measures with its usual scores).
/// </summary>
public sealed record LibraryTemplate(string Key, string Summary, TargetExperienceDefinition Definition, IReadOnlyList<string> SurveyItems);

/// <summary>
/// The target-experience library: the four nuanced categories of 002 (Table 11, Figure 13) and three general aims (Table 10),
/// in Dyad's own words. Responses are short words a team can put on a pick-list or look for in open answers; they are a
/// vocabulary to adapt, not a script for staff.
/// </summary>
public static class TargetExperienceLibrary
{
    public static readonly IReadOnlyList<LibraryTemplate> Templates =
    [
        Nuanced("effortless", TargetExperienceCategory.Effortless, "Effortless",
            "Doing business with us takes little thought, time or chasing; the customer gets on with their own work.",
            (Intellectual, ["little thinking needed", "problem solved quickly"], ["puzzled"]),
            (Affective, ["relieved", "optimistic"], ["frustrated", "confused", "disappointed"]),
            (Relational, ["routine cooperation", "moving forward"], ["chasing people"]),
            (Sensorial, ["clear", "simple"], ["cluttered"])),
        Nuanced("secure", TargetExperienceCategory.Secure, "Secure",
            "The customer can rely on us, decides with confidence and feels in control of their own business.",
            (Intellectual, ["well-founded decisions", "predictable"], ["second-guessing"]),
            (Affective, ["confident", "calm", "content"], ["worried", "anxious", "regretful", "powerless"]),
            (Relational, ["trusting", "letting go"], ["micromanaging"])),
        Nuanced("sympathetic", TargetExperienceCategory.Sympathetic, "Sympathetic",
            "The customer feels seen, cared for and treated as a partner with needs of their own.",
            (Intellectual, ["supported in understanding"], []),
            (Affective, ["cared for", "happy", "at ease"], ["neglected", "intimidated", "insecure"]),
            (Relational, ["respected", "partnership", "approachable"], ["treated as a number"]),
            (Sensorial, ["warm atmosphere", "familiar"], ["cold"])),
        Nuanced("inspiring", TargetExperienceCategory.Inspiring, "Inspiring",
            "Working with us makes the customer learn, create and take pride in what their team achieves.",
            (Intellectual, ["learning", "new ideas", "curious"], []),
            (Affective, ["excited", "proud", "joyful", "hopeful"], ["bored", "indifferent"]),
            (Relational, ["part of the team", "energised", "empowered"], []),
            (Sensorial, ["stimulating", "pleasantly surprised"], ["dull"])),
        General("positive-experience", "Positive experience overall",
            "A general aim: customers leave every contact with a good feeling and are glad to do business with us."),
        General("no-pain-points", "No pain points",
            "A general aim: nothing along the journey disturbs, blocks or annoys the customer."),
        General("peak-moments", "Peak moments",
            "A general aim: at the moments that matter most, we do more than the customer expected."),
    ];

    public static LibraryTemplate? Find(string key) => Templates.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase));

    private static LibraryTemplate Nuanced(string key, TargetExperienceCategory items, string name, string summary,
        params (ExperienceDimension Dimension, string[] Evoke, string[] Avoid)[] dimensions) =>
        new(key, summary,
            new TargetExperienceDefinition(name, Granularity.Nuanced, Enum.Parse<ExperienceCategory>(items.ToString()), ExperienceScope.Journey,
                ExperiencePerspective.Holistic, summary,
                Dimensions: dimensions.Select(d => new DimensionResponses(d.Dimension, d.Evoke, d.Avoid)).ToArray()),
            TargetExperienceItems.Items.Where(i => i.Category == items).Select(i => TargetExperienceItems.Key(i.Category, i.Dimension)).ToArray());

    private static LibraryTemplate General(string key, string name, string summary) =>
        new(key, summary,
            new TargetExperienceDefinition(name, Granularity.General, ExperienceCategory.GeneralTheme, ExperienceScope.Journey,
                ExperiencePerspective.Holistic, summary, CategoryName: name),
            []);
}

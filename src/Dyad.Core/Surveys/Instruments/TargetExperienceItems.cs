namespace Dyad.Core.Surveys.Instruments;

/// <summary>The four nuanced target-experience categories of Panina (2022, 002 Table 11).</summary>
public enum TargetExperienceCategory
{
    Effortless,
    Secure,
    Sympathetic,
    Inspiring,
}

/// <summary>The experiential dimensions each category is described on (002 Figure 13).</summary>
public enum ExperienceDimension
{
    Intellectual,
    Affective,
    Relational,
    Sensorial,
}

/// <summary>
/// Items asking whether a target experience was attained: one statement per category and dimension, in our own
/// words after 002 Figure 13, answered on a seven-point agreement scale. Secure has no sensorial item because the
/// source found no sensorial side to it. Keys read <c>TX_{category}_{dimension}</c> so answers group by either.
/// </summary>
public static class TargetExperienceItems
{
    public const string KeyPrefix = "TX_";

    /// <summary>Seven points from strongly disagree to strongly agree, like SERVQUAL's items.</summary>
    public static readonly RatingScale Scale = new("Target experience", 1, 7);

    public static readonly IReadOnlyList<(TargetExperienceCategory Category, ExperienceDimension Dimension, string English, string Dutch)> Items =
    [
        (TargetExperienceCategory.Effortless, ExperienceDimension.Intellectual,
            "Working with this supplier takes little thought or effort on my part.",
            "Samenwerken met deze leverancier kost mij weinig denkwerk of moeite."),
        (TargetExperienceCategory.Effortless, ExperienceDimension.Affective,
            "Dealing with this supplier spares me frustration and confusion.",
            "Het contact met deze leverancier bespaart mij frustratie en verwarring."),
        (TargetExperienceCategory.Effortless, ExperienceDimension.Relational,
            "Things get done with this supplier without my having to chase anyone.",
            "Met deze leverancier komen zaken rond zonder dat ik iemand hoef na te jagen."),
        (TargetExperienceCategory.Effortless, ExperienceDimension.Sensorial,
            "The supplier's portal, documents and sites are clear and easy to find my way in.",
            "Het portaal, de documenten en de locaties van de leverancier zijn overzichtelijk en makkelijk te volgen."),
        (TargetExperienceCategory.Secure, ExperienceDimension.Intellectual,
            "This supplier gives me what I need to make decisions with confidence.",
            "Deze leverancier geeft mij wat ik nodig heb om met vertrouwen beslissingen te nemen."),
        (TargetExperienceCategory.Secure, ExperienceDimension.Affective,
            "I feel at ease, not worried, about what this supplier does for us.",
            "Ik voel mij gerust, niet bezorgd, over wat deze leverancier voor ons doet."),
        (TargetExperienceCategory.Secure, ExperienceDimension.Relational,
            "I trust this supplier enough to leave the work in its hands.",
            "Ik vertrouw deze leverancier genoeg om het werk aan hem over te laten."),
        (TargetExperienceCategory.Sympathetic, ExperienceDimension.Intellectual,
            "This supplier helps me understand what matters when I need it.",
            "Deze leverancier helpt mij begrijpen waar het om gaat wanneer ik dat nodig heb."),
        (TargetExperienceCategory.Sympathetic, ExperienceDimension.Affective,
            "I feel cared for and taken seriously by this supplier.",
            "Ik voel mij door deze leverancier serieus genomen en goed verzorgd."),
        (TargetExperienceCategory.Sympathetic, ExperienceDimension.Relational,
            "The people at this supplier treat us as a partner with needs of our own.",
            "De mensen van deze leverancier behandelen ons als partner met eigen behoeften."),
        (TargetExperienceCategory.Sympathetic, ExperienceDimension.Sensorial,
            "Meetings and visits with this supplier have a warm, welcoming atmosphere.",
            "Overleg en bezoeken bij deze leverancier hebben een warme, gastvrije sfeer."),
        (TargetExperienceCategory.Inspiring, ExperienceDimension.Intellectual,
            "Working with this supplier makes me learn and come up with new ideas.",
            "Door de samenwerking met deze leverancier leer ik en kom ik op nieuwe ideeën."),
        (TargetExperienceCategory.Inspiring, ExperienceDimension.Affective,
            "Working with this supplier makes me proud of what we achieve.",
            "Door de samenwerking met deze leverancier ben ik trots op wat we bereiken."),
        (TargetExperienceCategory.Inspiring, ExperienceDimension.Relational,
            "This supplier energises our team and makes our own work more rewarding.",
            "Deze leverancier geeft ons team energie en maakt ons eigen werk waardevoller."),
        (TargetExperienceCategory.Inspiring, ExperienceDimension.Sensorial,
            "The supplier's tools and surroundings are stimulating and pleasantly surprising.",
            "De hulpmiddelen en omgeving van de leverancier zijn prikkelend en verrassen positief."),
    ];

    public static readonly IReadOnlyList<Question> All = Items.Select(item => new Question(
        Key(item.Category, item.Dimension), QuestionType.Rating, LocalizedText.Of(item.English, item.Dutch),
        Min: Scale.Lowest, Max: Scale.Highest,
        MinLabel: LocalizedText.Of("Strongly disagree", "Helemaal oneens"),
        MaxLabel: LocalizedText.Of("Strongly agree", "Helemaal eens"))).ToArray();

    public static string Key(TargetExperienceCategory category, ExperienceDimension dimension) =>
        $"{KeyPrefix}{category.ToString().ToLowerInvariant()}_{dimension.ToString().ToLowerInvariant()}";
}

namespace Dyad.Core.Surveys.Instruments;

/// <summary>
/// The instruments of the product brief's measurement section: NPS, CSAT, CES, SERVQUAL and the open questions
/// of the 004 survey, and target-experience items (002). All are worded in English and Dutch.
/// </summary>
public static class BuiltInInstruments
{
    public const string NpsKey = "nps";
    public const string CsatKey = "csat";
    public const string CesKey = "ces";
    public const string ServqualKey = "servqual";
    public const string OpenQuestionsKey = "open-004";
    public const string TargetExperienceKey = "target-experience";

    /// <summary>The question key of the single rating in the NPS, CSAT and CES instruments.</summary>
    public const string ScoreQuestion = "score";

    public static readonly IReadOnlyList<string> Languages = ["en", "nl"];

    public static readonly Instrument Nps = new(NpsKey, "Net Promoter Score",
        "How likely the customer is to recommend you, 0-10, with a follow-up question.", Languages,
    [
        new Question(ScoreQuestion, QuestionType.Nps,
            LocalizedText.Of("How likely are you to recommend us to a colleague in another company?",
                "Hoe waarschijnlijk is het dat u ons aanbeveelt bij een collega in een ander bedrijf?"),
            Required: true,
            MinLabel: LocalizedText.Of("Not at all likely", "Zeer onwaarschijnlijk"),
            MaxLabel: LocalizedText.Of("Extremely likely", "Zeer waarschijnlijk")),
        new Question("reason", QuestionType.OpenText,
            LocalizedText.Of("What is the main reason for your score?", "Wat is de belangrijkste reden voor uw score?")),
    ]);

    public static readonly Instrument Csat = new(CsatKey, "Customer satisfaction",
        "Satisfaction on a 1-5 scale, reported as the share of 4 and 5.", Languages,
    [
        new Question(ScoreQuestion, QuestionType.Rating,
            LocalizedText.Of("How satisfied are you with our service?", "Hoe tevreden bent u over onze dienstverlening?"),
            Required: true, Min: RatingScale.Csat.Lowest, Max: RatingScale.Csat.Highest,
            MinLabel: LocalizedText.Of("Very dissatisfied", "Zeer ontevreden"),
            MaxLabel: LocalizedText.Of("Very satisfied", "Zeer tevreden")),
    ]);

    public static readonly Instrument Ces = new(CesKey, "Customer effort",
        "How easy it was to get what the customer needed, 1-7.", Languages,
    [
        new Question(ScoreQuestion, QuestionType.Rating,
            LocalizedText.Of("We made it easy for you to get what you needed.", "Wij maakten het u gemakkelijk om te krijgen wat u nodig had."),
            Required: true, Min: RatingScale.Ces.Lowest, Max: RatingScale.Ces.Highest,
            MinLabel: LocalizedText.Of("Strongly disagree", "Helemaal oneens"),
            MaxLabel: LocalizedText.Of("Strongly agree", "Helemaal eens")),
    ]);

    public static readonly Instrument Servqual = new(ServqualKey, "SERVQUAL",
        "22 service-quality items in five dimensions, each asked as expectation and perception on 1-7, and importance weights.",
        Languages, ServqualQuestions.All);

    public static readonly Instrument OpenQuestions = new(OpenQuestionsKey, "Open questions (004 survey)",
        "The four open questions of the 004 customer-experience survey.", Languages, OpenQuestions004.All);

    public static readonly Instrument TargetExperience = new(TargetExperienceKey, "Target experience attainment",
        "Whether the customer felt the intended experience, effortless, secure, sympathetic or inspiring, on its intellectual, " +
        "affective, relational and sensorial sides; 1-7 agreement.", Languages, TargetExperienceItems.All);

    public static readonly IReadOnlyList<Instrument> All = [Nps, Csat, Ces, Servqual, OpenQuestions, TargetExperience];

    public static Instrument? Find(string key) => All.FirstOrDefault(i => string.Equals(i.Key, key, StringComparison.OrdinalIgnoreCase));
}

using Dyad.Core.Common;

namespace Dyad.Core.Surveys.Instruments;

/// <summary>
/// SERVQUAL as a questionnaire: the 22 items (<see cref="ServqualItems"/> gives their dimensions) worded in our own
/// words for business customers, asked first as expectations of an excellent supplier (E1-E22), then as perceptions
/// of us (P1-P22), on 1-7; then the importance weights, 100 points over the five dimensions (W_tangibles ...).
/// </summary>
public static class ServqualQuestions
{
    public const string ExpectationPrefix = "E";
    public const string PerceptionPrefix = "P";
    public const string WeightPrefix = "W_";

    /// <summary>What each item says an excellent supplier does, in English and Dutch; item n is at index n - 1.</summary>
    public static readonly IReadOnlyList<(string English, string Dutch)> Items =
    [
        // Tangibles, items 1-4
        ("works with current tools, test equipment and software", "werkt met actuele tools, testapparatuur en software"),
        ("has offices, plants and test sites that look fit for a customer visit", "heeft kantoren, fabrieken en testlocaties die klaar zijn voor klantbezoek"),
        ("sends documents, drawings and reports that are clear and well presented", "levert documenten, tekeningen en rapporten die duidelijk en verzorgd zijn"),
        ("has staff who come across as professional in meetings and on site", "heeft medewerkers die professioneel overkomen in overleg en op locatie"),
        // Reliability, items 5-9
        ("delivers what was promised by the agreed date", "levert wat is toegezegd op de afgesproken datum"),
        ("takes a customer's problem seriously and follows it through to a solution", "neemt een probleem van de klant serieus en werkt het af tot een oplossing"),
        ("gets the work right the first time", "doet het werk in één keer goed"),
        ("meets the milestones of the project plan", "haalt de mijlpalen van de projectplanning"),
        ("keeps its documentation and records accurate", "houdt documentatie en registraties nauwkeurig bij"),
        // Responsiveness, items 10-13
        ("tells the customer exactly when each step will happen", "vertelt de klant precies wanneer elke stap plaatsvindt"),
        ("answers questions and requests without delay", "beantwoordt vragen en verzoeken zonder vertraging"),
        ("has staff who are always willing to help", "heeft medewerkers die altijd bereid zijn te helpen"),
        ("is never too busy to respond to the customer", "heeft het nooit te druk om de klant te antwoorden"),
        // Assurance, items 14-17
        ("has staff whose conduct builds the customer's confidence", "heeft medewerkers wier optreden vertrouwen wekt bij de klant"),
        ("gives the customer a sense of security in the work done together", "geeft de klant een veilig gevoel in de samenwerking"),
        ("has staff who stay courteous, also under pressure", "heeft medewerkers die beleefd blijven, ook onder druk"),
        ("has staff with the expertise to answer technical questions", "heeft medewerkers met de kennis om technische vragen te beantwoorden"),
        // Empathy, items 18-22
        ("gives each customer attention suited to its situation", "geeft elke klant aandacht die bij zijn situatie past"),
        ("is reachable at times that suit the customer", "is bereikbaar op tijden die de klant uitkomen"),
        ("gives each customer a contact person who knows its business", "geeft elke klant een contactpersoon die zijn bedrijf kent"),
        ("puts the customer's long-term interests first", "stelt de belangen van de klant op lange termijn voorop"),
        ("understands the specific needs of the customer's organisation", "begrijpt de specifieke behoeften van de organisatie van de klant"),
    ];

    public static readonly IReadOnlyList<Question> All = Build();

    public static string ExpectationKey(int item) => ExpectationPrefix + item;

    public static string PerceptionKey(int item) => PerceptionPrefix + item;

    public static string WeightKey(ServqualDimension dimension) => WeightPrefix + dimension.ToText();

    private static Question[] Build()
    {
        var scale = RatingScale.Servqual;
        var disagree = LocalizedText.Of("Strongly disagree", "Helemaal oneens");
        var agree = LocalizedText.Of("Strongly agree", "Helemaal eens");
        var expectations = Items.Select((item, i) => new Question(ExpectationKey(i + 1), QuestionType.Rating,
            LocalizedText.Of($"An excellent supplier {item.English}.", $"Een uitstekende leverancier {item.Dutch}."),
            Min: scale.Lowest, Max: scale.Highest, MinLabel: disagree, MaxLabel: agree));
        var perceptions = Items.Select((item, i) => new Question(PerceptionKey(i + 1), QuestionType.Rating,
            LocalizedText.Of($"We {Plural(item.English)}.", $"Wij {PluralDutch(item.Dutch)}."),
            Min: scale.Lowest, Max: scale.Highest, MinLabel: disagree, MaxLabel: agree));
        var weights = ServqualItems.Dimensions.Select(dimension => new Question(WeightKey(dimension), QuestionType.Rating,
            LocalizedText.Of($"Importance of {dimension.ToText()}: points out of {ServqualWeights.Total} over the five dimensions.",
                $"Belang van {dimension.ToText()}: punten van de {ServqualWeights.Total} over de vijf dimensies."),
            Min: 0, Max: (int)ServqualWeights.Total));
        return [.. expectations, .. perceptions, .. weights];
    }

    /// <summary>Turns "works with ..." into "work with ..." and "has" into "have": the items are written for "an excellent supplier".</summary>
    private static string Plural(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var verb = phrase[..space];
        var plural = verb switch
        {
            "has" => "have",
            "is" => "are",
            _ when verb.EndsWith('s') => verb[..^1],
            _ => throw new InvalidOperationException($"No plural for the item verb '{verb}'."),
        };
        return plural + phrase[space..];
    }

    /// <summary>Dutch "werkt met ..." becomes "werken met ...", "heeft" "hebben", "is" "zijn".</summary>
    private static string PluralDutch(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var verb = phrase[..space];
        var plural = verb switch
        {
            "heeft" => "hebben",
            "is" => "zijn",
            "doet" => "doen",
            "geeft" => "geven",
            "houdt" => "houden",
            "levert" => "leveren",
            "neemt" => "nemen",
            "haalt" => "halen",
            "stelt" => "stellen",
            "begrijpt" => "begrijpen",
            "werkt" => "werken",
            "vertelt" => "vertellen",
            "beantwoordt" => "beantwoorden",
            // Failing here, when the class loads, keeps a new item from shipping with a half-Dutch sentence.
            _ => throw new InvalidOperationException($"No plural for the Dutch item verb '{verb}'."),
        };
        return plural + phrase[space..];
    }
}

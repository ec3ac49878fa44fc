namespace Dyad.Core.Surveys.Instruments;

/// <summary>
/// The four open questions of the 004 survey. The English is verbatim from the source (product brief,
/// Measurement) so answers compare with its keyword table; the Dutch is our translation.
/// </summary>
public static class OpenQuestions004
{
    public const string ImpactFactors =
        "How do you see, which factors have the greatest impact on customer experience? (think about different project phases: " +
        "kick-off, engineering, manufacturing, FAT, delivery – any examples of behavior, method, communication, situation etc.)";

    public const string ServiceIssues =
        "What would be the most significant issues in terms of customer service during projects which you would want us to improve?";

    public const string DoneRight = "How we have succeeded to create a good customer experience? (what have we done right - any positive examples)";

    public const string OtherComments = "Any other comments, feedback?";

    public const string ImpactFactorsKey = "impact_factors";
    public const string ServiceIssuesKey = "service_issues";
    public const string DoneRightKey = "done_right";
    public const string OtherCommentsKey = "other_comments";

    public static readonly IReadOnlyList<Question> All =
    [
        Open(ImpactFactorsKey, ImpactFactors,
            "Welke factoren hebben volgens u de grootste invloed op de klantervaring? (denk aan de verschillende projectfasen: " +
            "kick-off, engineering, productie, FAT, levering – voorbeelden van gedrag, werkwijze, communicatie, situaties enz.)"),
        Open(ServiceIssuesKey, ServiceIssues,
            "Wat zijn de belangrijkste punten in onze klantenservice tijdens projecten die u ons zou willen laten verbeteren?"),
        Open(DoneRightKey, DoneRight,
            "Hoe zijn wij erin geslaagd een goede klantervaring te creëren? (wat hebben we goed gedaan - positieve voorbeelden)"),
        Open(OtherCommentsKey, OtherComments, "Overige opmerkingen of feedback?"),
    ];

    private static Question Open(string key, string english, string dutch) =>
        new(key, QuestionType.OpenText, LocalizedText.Of(english, dutch));
}

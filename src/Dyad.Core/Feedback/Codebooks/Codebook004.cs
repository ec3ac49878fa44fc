using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Feedback.Codebooks;

/// <summary>
/// The codebook of the 004 customer survey: the keywords of its content analysis (Table 3) with the wordings
/// merged into each, the question topics of the open-004 instrument and the topic thresholds (at least 3
/// answers for customer experience, 2 for customer service).
/// </summary>
public static class Codebook004
{
    public const string CustomerExperience = "customer experience";
    public const string CustomerService = "customer service";
    public const string DoneWell = "done well";
    public const string OtherComments = "other comments";

    /// <summary>
    /// Question 1 asks what matters most for the experience (the important factors), question 2 what to improve
    /// in customer service, question 3 what was done well.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> TopicOfQuestion = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [OpenQuestions004.ImpactFactorsKey] = CustomerExperience,
        [OpenQuestions004.ServiceIssuesKey] = CustomerService,
        [OpenQuestions004.DoneRightKey] = DoneWell,
        [OpenQuestions004.OtherCommentsKey] = OtherComments,
    };

    public static readonly IReadOnlyDictionary<string, int> Thresholds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        [CustomerExperience] = 3,
        [CustomerService] = 2,
    };

    public static Codebook Codebook { get; } = Codebook.Create(
    [
        Keyword("responsiveness", "responsive", "quick reply", "quick response", "fast answer", "fast response", "reply quickly",
            "replied quickly", "respond quickly", "responded quickly", "answer quickly", "answered quickly", "response time",
            "slow to respond", "slow response", "slow reply", "within 24 hours"),
        Keyword("documentation", "document*", "drawing*", "manual*", "paperwork", "certificate*"),
        Keyword("meetings", "kick-off", "site visit", "weekly call", "progress call"),
        Keyword("product", "equipment", "build quality"),
        Keyword("professional FAT", "FAT", "factory acceptance test*", "acceptance test*"),
        Keyword("accurate answers", "accurate", "inaccurate", "correct answer", "right answer", "wrong answer", "correct information",
            "wrong information"),
        Keyword("communication", "communicat*", "kept us informed", "keep us informed", "kept informed", "status update"),
        Keyword("flexibility", "flexib*", "adapt*", "accommodat*"),
        Keyword("delivery time", "lead time", "on-time delivery", "late delivery", "delivered late", "shipped late", "delivery date"),
        Keyword("price", "pricing", "cost*", "invoice*"),
        Keyword("training", "trained", "operator course"),
        Keyword("spare parts", "spares"),
    ]);

    private static CodebookKeyword Keyword(string keyword, params string[] synonyms) => new(keyword, null, synonyms);
}

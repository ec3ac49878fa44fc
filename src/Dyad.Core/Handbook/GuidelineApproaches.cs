using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Core.Handbook;

/// <summary>One of the four approaches of 004's general guidelines, soft or hard service quality.</summary>
public sealed record GuidelineApproach(string Title, bool Soft, string Description);

/// <summary>
/// 004 Appendix 2: everything the customers said is compressed into four approaches that open the handbook, two of
/// soft service quality (ease and convenience of making business; feel of importance and support) and two of hard
/// (professionalism; reliability). A keyword joins the approach its name or synonyms fit.
/// </summary>
public static class GuidelineApproaches
{
    public static readonly GuidelineApproach Ease = new("Ease and convenience of doing business", true,
        "Make it easy to work with us: answer quickly, keep the customer informed without being asked, be reachable and flexible.");

    public static readonly GuidelineApproach Importance = new("Feel of importance and support", true,
        "Make every customer feel important and supported: listen, take their concerns seriously and stand by them when something goes wrong.");

    public static readonly GuidelineApproach Professionalism = new("Professionalism", false,
        "Show competence in every contact: accurate answers, complete documents, well-run meetings and tests.");

    public static readonly GuidelineApproach Reliability = new("Reliability", false,
        "Do what was promised, when it was promised: dates, deliveries, prices and commitments hold.");

    public static readonly IReadOnlyList<GuidelineApproach> All = [Ease, Importance, Professionalism, Reliability];

    private static readonly Codebook Words = Codebook.Create(
    [
        new(Ease.Title, null, ["respons*", "communicat*", "flexib*", "meeting*", "portal", "easy", "convenien*", "quick*", "fast", "reach*",
            "contact*", "inform*", "availab*"]),
        new(Importance.Title, null, ["support*", "empath*", "listen*", "care", "attention", "personal*", "relation*", "informal*", "respect*",
            "help*", "behav*", "trust*"]),
        new(Professionalism.Title, null, ["professional*", "FAT", "accura*", "document*", "competen*", "knowledge*", "expert*", "product*",
            "quality", "training", "technical", "answer*"]),
        new(Reliability.Title, null, ["reliab*", "delivery", "deliver*", "lead time*", "on time", "schedul*", "promise*", "commitment*",
            "deadline*", "price*", "pricing", "cost*", "spare*", "date*"]),
    ]);

    /// <summary>The first approach a keyword's name fits, else the first its synonyms fit; null when none does.</summary>
    public static GuidelineApproach? Of(string keyword, IEnumerable<string> synonyms)
    {
        var byName = Words.Code(null, keyword);
        var named = byName.Count > 0 ? byName : Words.Code(null, string.Join(" ; ", synonyms));
        return All.FirstOrDefault(a => named.Contains(a.Title, StringComparer.Ordinal));
    }
}

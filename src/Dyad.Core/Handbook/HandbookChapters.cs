using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Core.Handbook;

/// <summary>A chapter of the handbook: its stable key (part of every section's key) and its title.</summary>
public sealed record HandbookChapter(string Key, string Title);

/// <summary>
/// 004 (Appendix 2): general guidelines first, then one chapter per function — customer interface, backstage,
/// production and management — each with sections named after the customers' keywords plus behavior and social skills.
/// </summary>
public static class HandbookChapters
{
    public static readonly HandbookChapter Guidelines = new("guidelines", "General guidelines");
    public static readonly HandbookChapter CustomerInterface = new("customer-interface", "Customer interface");
    public static readonly HandbookChapter Backstage = new("backstage", "Backstage");
    public static readonly HandbookChapter Production = new("production", "Production");
    public static readonly HandbookChapter Management = new("management", "Management");

    public static readonly IReadOnlyList<HandbookChapter> Functions = [CustomerInterface, Backstage, Production, Management];

    public static readonly IReadOnlyList<HandbookChapter> All = [Guidelines, .. Functions];

    public const string BehaviorTitle = "Behavior and social skills";
    public const string BehaviorSlug = "behavior-and-social-skills";

    /// <summary>
    /// The words that place a note, an answer or a critical event with a function, matched like codebook synonyms. What
    /// names no function belongs to the customer interface: it is what the customer met. A text may name several.
    /// </summary>
    public static Codebook FunctionWords { get; } = Codebook.Create(
    [
        new(CustomerInterface.Key, null, ["sales*", "account manag*", "key account*", "project manag*", "customer service", "consultant*",
            "trainer*", "support desk", "service desk", "helpdesk", "kick-off", "phone", "call", "calls", "called", "e-mail*", "email*",
            "quotation*", "offer*", "front line", "frontline"]),
        new(Backstage.Key, null, ["engineer*", "design*", "drawing*", "document*", "purchas*", "procure*", "logistic*", "planning", "planner*",
            "invoic*", "back office", "backstage", "technical support", "R&D", "supplier*", "subcontract*"]),
        new(Production.Key, null, ["production", "manufactur*", "factory", "workshop", "assembl*", "welding", "machining", "quality control",
            "FAT", "acceptance test*", "testing", "inspection*", "shop floor", "delivery", "deliveries", "shipping", "shipment*", "lead time*"]),
        new(Management.Key, null, ["management", "line manager*", "general manager*", "managing director*", "director*", "leadership", "priorit*", "resourc*", "KPI*", "strateg*", "escalat*",
            "budget*", "culture", "board", "executive*", "head of"]),
    ]);

    /// <summary>
    /// Words of behavior and social skills (004 added the title because the literature stresses social skills in B2B
    /// service, Hennig-Thurau 2004): how people treat the customer, whatever the topic.
    /// </summary>
    public static Codebook BehaviorWords { get; } = Codebook.Create(
    [
        new(BehaviorTitle, null, ["polite*", "friendl*", "calm*", "frustrat*", "attitude*", "rude*", "behav*", "respect*", "listen*", "empath*",
            "patien*", "kind", "helpful*", "courteous*", "trust*", "informal*", "arrogan*", "personal touch", "took us seriously",
            "take us seriously", "social skill*"]),
    ]);

    /// <summary>Practices of the catalogue that are about conduct towards the customer rather than a topic.</summary>
    public static readonly IReadOnlySet<string> BehaviorPractices = new HashSet<string>(StringComparer.Ordinal)
    {
        Practices.PracticeKeys.Empathising,
        Practices.PracticeKeys.ManagingExpectations,
        Practices.PracticeKeys.ManagingRelationStrategically,
    };

    /// <summary>The functions a text names, in chapter order; the customer interface when it names none.</summary>
    public static IReadOnlyList<HandbookChapter> FunctionsOf(string text)
    {
        var named = FunctionWords.Code(null, text);
        return named.Count == 0 ? [CustomerInterface] : Functions.Where(f => named.Contains(f.Key, StringComparer.Ordinal)).ToList();
    }

    /// <summary>A section's key: its chapter's key and a slug of its title, e.g. <c>production.professional-fat</c>.</summary>
    public static string SectionKey(HandbookChapter chapter, string title) => $"{chapter.Key}.{Slug(title)}";

    public static string Slug(string title)
    {
        var slug = new string(title.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }
        return slug.Trim('-');
    }
}

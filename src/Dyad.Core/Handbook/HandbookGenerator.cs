using System.Globalization;
using System.Text;
using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.JourneyDesign;

namespace Dyad.Core.Handbook;

/// <summary>One section as generated: its stable key, chapter, title and Markdown body.</summary>
public sealed record GeneratedSection(string Key, HandbookChapter Chapter, string Title, string Markdown);

/// <summary>The handbook as generated, sections in reading order, chapter by chapter.</summary>
public sealed record GeneratedHandbook(string Title, IReadOnlyList<GeneratedSection> Sections);

/// <summary>
/// What the customers' feedback says about one keyword: in how many answers customers and notes employees name it, its
/// red and green cards, its place by the importance index (1 most important) and whether the 004 questions make it a
/// strength, a weakness or both.
/// </summary>
public sealed record KeywordFinding(
    string Keyword, int CustomerMentions, int EmployeeMentions, int RedCards, int GreenCards, TopicImportance Importance, int Rank,
    bool Strength, bool Weakness, bool Ambivalent);

/// <summary>
/// Writes the employee handbook of 004 from a workspace's insights: general guidelines (the four approaches) first, then
/// one chapter per function with a section per customer keyword (most important first) and one on behavior and social
/// skills, each with the findings, the customers' and employees' words and the practices that worked.
/// </summary>
public static class HandbookGenerator
{
    public const string Title = "Customer experience handbook";
    public const string AboutTitle = "About this handbook";

    public const int QuotesShown = 3;
    public const int NotesShown = 4;
    public const int PracticesShown = 5;

    /// <summary>004's own suggestions for conduct, found in the focus groups and the key account manager's interview.</summary>
    private static readonly string[] BehaviorBasics =
    [
        "Stay calm whatever the situation, and do not show your frustration to the customer.",
        "Informal contact builds the relationship: talk with the customer's people, not only about the order.",
        "Answer every customer question, even if only to say when the full answer will come.",
    ];

    public static GeneratedHandbook Generate(HandbookInputs inputs)
    {
        var findings = Findings(inputs);
        var codebook = Codebook.Create(inputs.Keywords);
        var voices = inputs.Voices.Select(v => (Voice: v, Functions: HandbookChapters.FunctionsOf($"{v.Text} {v.Context}"))).ToList();
        var practices = inputs.Practices
            .Where(p => PracticesThatWorked.Worked(p.Use))
            .Select(p => (Use: p, Keywords: codebook.Code(null, $"{p.EventTitle} {p.EventText}"),
                Functions: HandbookChapters.FunctionsOf($"{p.ProviderStaff} {p.PhaseLeadRole} {p.EventTitle} {p.EventText}")))
            .ToList();

        var chapters = new List<GeneratedSection>();
        var chaptersOfKeyword = findings.ToDictionary(f => f.Keyword, _ => 0, StringComparer.OrdinalIgnoreCase);
        foreach (var chapter in HandbookChapters.Functions)
        {
            foreach (var finding in findings)
            {
                var here = voices.Where(v => v.Functions.Contains(chapter) && v.Voice.Keywords.Contains(finding.Keyword, StringComparer.OrdinalIgnoreCase))
                    .Select(v => v.Voice).ToList();
                var worked = practices.Where(p => p.Functions.Contains(chapter) && p.Keywords.Contains(finding.Keyword, StringComparer.OrdinalIgnoreCase))
                    .Select(p => p.Use).ToList();
                // The customer interface meets every keyword the customers name; other functions get a section where there is something to say.
                if (chapter != HandbookChapters.CustomerInterface && here.Count == 0 && worked.Count == 0)
                {
                    continue;
                }
                chaptersOfKeyword[finding.Keyword]++;
                chapters.Add(new GeneratedSection(HandbookChapters.SectionKey(chapter, finding.Keyword), chapter, Capitalised(finding.Keyword),
                    KeywordSection(finding, here, worked, inputs.Voices.Any(v => v.Source == VoiceSource.Employee))));
            }
            var behaving = voices.Where(v => v.Functions.Contains(chapter) && HandbookChapters.BehaviorWords.Code(null, v.Voice.Text).Count > 0)
                .Select(v => v.Voice).ToList();
            var conduct = practices.Where(p => p.Functions.Contains(chapter) && p.Use.PracticeKey is { } key && HandbookChapters.BehaviorPractices.Contains(key))
                .Select(p => p.Use).ToList();
            chapters.Add(new GeneratedSection(HandbookChapters.SectionKey(chapter, HandbookChapters.BehaviorSlug), chapter,
                HandbookChapters.BehaviorTitle, BehaviorSection(behaving, conduct)));
        }

        var guidelines = new List<GeneratedSection>
        {
            new(HandbookChapters.SectionKey(HandbookChapters.Guidelines, "about"), HandbookChapters.Guidelines, AboutTitle, About(inputs, findings)),
        };
        foreach (var approach in GuidelineApproaches.All)
        {
            var fitting = findings.Where(f => GuidelineApproaches.Of(f.Keyword, Synonyms(inputs, f.Keyword)) == approach).ToList();
            guidelines.Add(new GeneratedSection(HandbookChapters.SectionKey(HandbookChapters.Guidelines, approach.Title), HandbookChapters.Guidelines,
                approach.Title, ApproachSection(approach, fitting, chaptersOfKeyword)));
        }
        return new GeneratedHandbook(Title, UniqueKeys([.. guidelines, .. chapters]));
    }

    /// <summary>Two keywords may share a slug ("e-mail", "e mail"); the later section's key gets a number.</summary>
    private static List<GeneratedSection> UniqueKeys(IEnumerable<GeneratedSection> sections)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return sections.Select(s =>
        {
            var key = s.Key;
            for (var n = 2; !seen.Add(key); n++)
            {
                key = $"{s.Key}-{n}";
            }
            return s with { Key = key };
        }).ToList();
    }

    /// <summary>
    /// The keywords customers named at least once, most important first by 004's importance index over the customers'
    /// answers; the strengths and weaknesses cross the 004 questions when the answers carry their topics.
    /// </summary>
    public static IReadOnlyList<KeywordFinding> Findings(HandbookInputs inputs)
    {
        var codebook = Codebook.Create(inputs.Keywords);
        var customers = inputs.Voices.Where(v => v.Source == VoiceSource.Customer).ToList();
        var employees = inputs.Voices.Where(v => v.Source == VoiceSource.Employee).ToList();
        var known = inputs.Keywords.Select(k => k.Keyword).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ranked = ImportanceIndex.Rank(customers.Select(v => new CardedFeedback(v.Keywords.Where(known.Contains).ToList(), v.Card)), _ => true);

        var coded = customers.Select((v, i) => new CodedAnswer(i.ToString(CultureInfo.InvariantCulture), v.Topic, v.Keywords)).ToList();
        IEnumerable<string> Named(string topic) => customers.Where(v => string.Equals(v.Topic, topic, StringComparison.OrdinalIgnoreCase)).SelectMany(v => v.Keywords);
        var important = ContentAnalysis.Frequencies(coded, codebook, Codebook004.Thresholds)
            .Where(f => string.Equals(f.Topic, Codebook004.CustomerExperience, StringComparison.OrdinalIgnoreCase)).Select(f => f.Keyword);
        var crossed = StrengthsAndWeaknesses.Cross(important, Named(Codebook004.DoneWell), Named(Codebook004.CustomerService));

        int Count(IEnumerable<HandbookVoice> voices, string keyword, Func<HandbookVoice, bool>? also = null) =>
            voices.Count(v => v.Keywords.Contains(keyword, StringComparer.OrdinalIgnoreCase) && (also?.Invoke(v) ?? true));
        return ranked.Select((importance, index) => new KeywordFinding(
                inputs.Keywords.First(k => string.Equals(k.Keyword, importance.Topic, StringComparison.OrdinalIgnoreCase)).Keyword,
                importance.Frequency, Count(employees, importance.Topic), importance.RedCards,
                Count(customers, importance.Topic, v => v.Card == FeedbackCard.Green), importance, index + 1,
                crossed.Strengths.Contains(importance.Topic, StringComparer.OrdinalIgnoreCase),
                crossed.Weaknesses.Contains(importance.Topic, StringComparer.OrdinalIgnoreCase),
                crossed.Ambivalent.Contains(importance.Topic, StringComparer.OrdinalIgnoreCase)))
            .ToList();
    }

    private static string About(HandbookInputs inputs, IReadOnlyList<KeywordFinding> findings)
    {
        var customers = inputs.Voices.Count(v => v.Source == VoiceSource.Customer);
        var notes = inputs.Voices.Count(v => v.Source == VoiceSource.Employee);
        var events = inputs.Practices.Select(p => p.CaseId).Distinct(StringComparer.Ordinal).Count();
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"This handbook gathers what the customers of {MarkdownText.Escape(inputs.WorkspaceName)} say matters in their experience, ")
            .Append("what colleagues know about it and what has worked. It is for everyone, close to the customer or not: it shares knowledge ")
            .Append("between colleagues, keeps the customers' needs in view and moves the way we work towards the customer.\n\n")
            .Append(CultureInfo.InvariantCulture, $"It is generated from {Plural(customers, "customer answer")}, {Plural(notes, "employee note")} and ")
            .Append(CultureInfo.InvariantCulture, $"the practices of {Plural(events, "critical event")}. ")
            .Append("The sections of each function's chapter are named after the keywords customers use, most important first by the ")
            .Append("importance index (frequency rank + red-card rank + relevance; lower is more important).\n\n");
        if (findings.Count == 0)
        {
            return text.Append("No customer answer names a keyword of the workspace's codebooks yet, so the chapters hold only behavior and social skills.\n").ToString();
        }
        text.Append("| Keyword | Customer answers | Employee notes | Red cards | Green cards | Importance index |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var f in findings)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {MarkdownText.Escape(f.Keyword)} | {f.CustomerMentions} | {f.EmployeeMentions} | {f.RedCards} | {f.GreenCards} | {f.Importance.Index} |\n");
        }
        return text.ToString();
    }

    private static string ApproachSection(GuidelineApproach approach, IReadOnlyList<KeywordFinding> fitting, IReadOnlyDictionary<string, int> chaptersOfKeyword)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"*{(approach.Soft ? "Soft" : "Hard")} service quality.* {approach.Description}\n\n");
        if (fitting.Count == 0)
        {
            return text.Append("None of the customers' keywords falls under this approach yet.\n").ToString();
        }
        text.Append("What customers named under it:\n\n");
        foreach (var f in fitting)
        {
            var chapters = chaptersOfKeyword[f.Keyword];
            text.Append(CultureInfo.InvariantCulture,
                $"- **{MarkdownText.Escape(f.Keyword)}**: {Plural(f.CustomerMentions, "customer answer")}, importance rank {f.Rank}; in {Plural(chapters, "chapter")}{(chapters > 1 ? ", a point repeated across functions" : "")}.\n");
        }
        return text.ToString();
    }

    private static string KeywordSection(KeywordFinding finding, IReadOnlyList<HandbookVoice> voices, IReadOnlyList<HandbookPracticeUse> worked, bool anyNotes)
    {
        var keyword = MarkdownText.Escape(finding.Keyword);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"**Why it matters.** Customers named {keyword} in {Plural(finding.CustomerMentions, "answer")}; ")
            .Append(CultureInfo.InvariantCulture, $"it ranks {Ordinal(finding.Rank)} by the importance index ({finding.Importance.Index}: frequency rank ")
            .Append(CultureInfo.InvariantCulture, $"{finding.Importance.FrequencyRank} + red-card rank {finding.Importance.RedCardRank} + relevance {finding.Importance.RelevancePoints}), ")
            .Append(CultureInfo.InvariantCulture, $"with {Plural(finding.RedCards, "red card")} and {Plural(finding.GreenCards, "green card")}.");
        if (finding.Strength)
        {
            text.Append(" Customers name it as important and as done well, never as something to improve: a strength to keep.");
        }
        else if (finding.Ambivalent)
        {
            text.Append(" Customers name it both as done well and as something to improve.");
        }
        else if (finding.Weakness)
        {
            text.Append(" Customers name it as something to improve.");
        }
        if (anyNotes)
        {
            text.Append(CultureInfo.InvariantCulture, $" Employees' notes name it {Plural(finding.EmployeeMentions, "time")}");
            text.Append(finding.CustomerMentions > finding.EmployeeMentions
                ? ", less often than customers do: part of the market information gap."
                : ".");
        }
        text.Append("\n\n");
        AppendVoices(text, voices);
        AppendPractices(text, worked);
        return text.ToString();
    }

    private static string BehaviorSection(IReadOnlyList<HandbookVoice> voices, IReadOnlyList<HandbookPracticeUse> conduct)
    {
        var text = new StringBuilder("How we treat the customer counts as much as what we deliver.\n\n");
        foreach (var basic in BehaviorBasics)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {basic}\n");
        }
        text.Append('\n');
        AppendVoices(text, voices);
        AppendPractices(text, conduct);
        return text.ToString();
    }

    /// <summary>Customers' words first, red cards before green (what to improve leads), newest first; then colleagues' notes.</summary>
    private static void AppendVoices(StringBuilder text, IReadOnlyList<HandbookVoice> voices)
    {
        var quotes = voices.Where(v => v.Source == VoiceSource.Customer)
            .OrderBy(v => v.Card switch { FeedbackCard.Red => 0, FeedbackCard.Green => 1, _ => 2 })
            .ThenByDescending(v => v.Date).ThenBy(v => v.Text, StringComparer.Ordinal)
            .Take(QuotesShown).ToList();
        if (quotes.Count > 0)
        {
            text.Append("**What customers said**\n\n");
            foreach (var quote in quotes)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"> {MarkdownText.Escape(quote.Text)}\n>\n> \u2014 {MarkdownText.Escape(quote.Attribution)}, {quote.Date:yyyy-MM-dd}\n\n");
            }
        }
        var notes = voices.Where(v => v.Source == VoiceSource.Employee)
            .OrderByDescending(v => v.Date).ThenBy(v => v.Text, StringComparer.Ordinal)
            .Take(NotesShown).ToList();
        if (notes.Count > 0)
        {
            text.Append("**What colleagues noted**\n\n");
            foreach (var note in notes)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {MarkdownText.Escape(note.Text)} *({MarkdownText.Escape(note.Attribution)}, {note.Date:yyyy-MM-dd})*\n");
            }
            text.Append('\n');
        }
    }

    private static void AppendPractices(StringBuilder text, IReadOnlyList<HandbookPracticeUse> worked)
    {
        var practices = worked.GroupBy(p => p.Use.Practice, StringComparer.Ordinal)
            .Select(g => (Practice: g.Key, Cases: g.Select(p => (p.CaseId, p.EventTitle)).Distinct().OrderBy(c => c.CaseId, StringComparer.Ordinal).ToList()))
            .OrderByDescending(p => p.Cases.Count).ThenBy(p => p.Practice, StringComparer.Ordinal)
            .Take(PracticesShown).ToList();
        if (practices.Count == 0)
        {
            return;
        }
        text.Append("**Practices that worked**\n\n");
        foreach (var (practice, cases) in practices)
        {
            var events = string.Join("; ", cases.Select(c => $"{c.CaseId} {MarkdownText.Escape(c.EventTitle)}"));
            text.Append(CultureInfo.InvariantCulture,
                $"- **{MarkdownText.Escape(practice)}** improved the experience in {Plural(cases.Count, "critical event")} ({events}).\n");
        }
        text.Append('\n');
    }

    private static IEnumerable<string> Synonyms(HandbookInputs inputs, string keyword) =>
        inputs.Keywords.Where(k => string.Equals(k.Keyword, keyword, StringComparison.OrdinalIgnoreCase)).SelectMany(k => k.Synonyms);

    private static string Capitalised(string keyword) => keyword.Length == 0 ? keyword : char.ToUpperInvariant(keyword[0]) + keyword[1..];

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string Ordinal(int rank) => rank switch
    {
        _ when rank % 100 is 11 or 12 or 13 => $"{rank}th",
        _ when rank % 10 == 1 => $"{rank}st",
        _ when rank % 10 == 2 => $"{rank}nd",
        _ when rank % 10 == 3 => $"{rank}rd",
        _ => $"{rank}th",
    };
}

using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Core.Feedback.Analysis;

/// <summary>
/// One keyword seen from both sides: how many customer answers and how many employee notes name it.
/// <see cref="Overlap"/> counts the employee notes filed under a keyword customers also named (004:
/// documentation 19); <see cref="Difference"/> counts the customer mentions the employees' notes do not
/// match (004: flexibility 5, the expectation the organisation was unaware of).
/// </summary>
public sealed record KeywordGap(string Keyword, int CustomerMentions, int EmployeeMentions)
{
    public int Overlap => CustomerMentions > 0 ? EmployeeMentions : 0;

    public int Difference => Math.Max(CustomerMentions - EmployeeMentions, 0);
}

/// <summary>
/// Overlaps and differences, each sorted largest first; <see cref="EmployeesOnly"/> the keywords employees name and no
/// customer does (a belief the customers do not share), most named first; and the employee notes no keyword fits.
/// </summary>
public sealed record MarketInformationGapResult(
    IReadOnlyList<KeywordGap> Overlaps, IReadOnlyList<KeywordGap> Differences, IReadOnlyList<KeywordGap> EmployeesOnly, int UnmatchedEmployeeNotes)
{
    public KeywordGap? LargestDifference => Differences.FirstOrDefault();
}

/// <summary>
/// The market information gap (004, after Parasuraman): the same codebook applied to what customers say and to
/// what employees believe (focus-group or workshop notes); overlaps are shared understanding, differences the
/// gap. Notes that fit no keyword are counted apart: they may hold what customers did not think to say.
/// </summary>
public static class MarketInformationGap
{
    public static MarketInformationGapResult Compare(Codebook codebook, IEnumerable<string> customerAnswers, IEnumerable<string> employeeNotes)
    {
        var customers = customerAnswers.Select(a => codebook.Code(null, a)).ToArray();
        var employees = employeeNotes.Select(n => codebook.Code(null, n)).ToArray();
        var gaps = codebook.Keywords
            .Select(k => k.Keyword)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(k => new KeywordGap(k, Mentions(customers, k), Mentions(employees, k)))
            .ToArray();
        return new MarketInformationGapResult(
            gaps.Where(g => g.Overlap > 0).OrderByDescending(g => g.Overlap).ThenBy(g => codebook.OrderOf(g.Keyword)).ToArray(),
            gaps.Where(g => g.Difference > 0).OrderByDescending(g => g.Difference).ThenBy(g => codebook.OrderOf(g.Keyword)).ToArray(),
            gaps.Where(g => g is { CustomerMentions: 0, EmployeeMentions: > 0 })
                .OrderByDescending(g => g.EmployeeMentions).ThenBy(g => codebook.OrderOf(g.Keyword)).ToArray(),
            employees.Count(codes => codes.Count == 0));
    }

    private static int Mentions(IEnumerable<IReadOnlyList<string>> coded, string keyword) =>
        coded.Count(codes => codes.Contains(keyword, StringComparer.OrdinalIgnoreCase));
}

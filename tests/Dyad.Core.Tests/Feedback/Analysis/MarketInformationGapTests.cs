using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Core.Tests.Feedback.Analysis;

/// <summary>
/// 004's comparison of the customer survey with the employees' focus-group notes, filed under the survey's keywords:
/// the commonest overlaps documentation 19, accurate answers 14, meetings 13, professional FAT 11 and communication
/// 11; the largest difference flexibility, 5. The notes and answers are a fixture written to those counts.
/// </summary>
public class MarketInformationGapTests
{
    private static IEnumerable<string> Times(int count, params string[] wordings) =>
        Enumerable.Range(0, count).Select(i => wordings[i % wordings.Length]);

    private static readonly string[] CustomerAnswers =
    [
        .. Times(12, "Quick replies from engineering.", "The project team must be responsive."),
        .. Times(12, "Complete documentation with the shipment.", "The drawings were late."),
        .. Times(6, "Regular progress meetings."),
        .. Times(4, "A reliable product."),
        .. Times(7, "A professional FAT."),
        .. Times(4, "Accurate answers from the experts."),
        .. Times(7, "Open communication about problems."),
        .. Times(5, "Flexibility when our schedule changes.", "Be flexible with small changes."),
        .. Times(2, "Keep the agreed lead time."),
        "Trust and honesty.",
    ];

    private static readonly string[] EmployeeNotes =
    [
        .. Times(19, "Check the documents before sending.", "Send the drawings for approval in time."),
        .. Times(14, "Give accurate answers, check with the expert first."),
        .. Times(13, "Prepare the kick-off with an agenda.", "Minutes of every meeting to the customer."),
        .. Times(11, "Rehearse the FAT internally."),
        .. Times(11, "Communicate delays early."),
        .. Times(9, "Answer e-mails within 24 hours."),
        .. Times(4, "Watch the lead time of bought-in parts."),
        .. Times(3, "Product quality starts in engineering."),
        .. Times(6, "Polite behaviour and social skills on site."),
    ];

    [Fact]
    public void Overlaps_and_differences_reproduce_the_004_focus_group_comparison()
    {
        var gap = MarketInformationGap.Compare(Codebook004.Codebook, CustomerAnswers, EmployeeNotes);

        Assert.Equal(
            [("documentation", 19), ("accurate answers", 14), ("meetings", 13), ("professional FAT", 11), ("communication", 11)],
            gap.Overlaps.Take(5).Select(g => (g.Keyword, g.Overlap)));
        Assert.Equal(("flexibility", 5, 0), (gap.LargestDifference!.Keyword, gap.LargestDifference.Difference, gap.LargestDifference.EmployeeMentions));
        Assert.All(gap.Differences.Skip(1), d => Assert.True(d.Difference < 5));
        Assert.Equal(6, gap.UnmatchedEmployeeNotes);
        Assert.Empty(gap.EmployeesOnly);
    }

    [Fact]
    public void A_keyword_only_employees_name_is_neither_an_overlap_nor_a_difference_but_their_own_belief()
    {
        var gap = MarketInformationGap.Compare(Codebook004.Codebook,
            ["The drawings were late.", "Flexible people."],
            ["Send the drawings in time.", "The price is what they care about.", "Invoices must be right.", "Be polite."]);

        Assert.Equal([("documentation", 1, 1)], gap.Overlaps.Select(g => (g.Keyword, g.CustomerMentions, g.EmployeeMentions)));
        Assert.Equal(["flexibility"], gap.Differences.Select(g => g.Keyword));
        Assert.Equal([("price", 2)], gap.EmployeesOnly.Select(g => (g.Keyword, g.EmployeeMentions)));
        Assert.Equal(1, gap.UnmatchedEmployeeNotes);
    }
}

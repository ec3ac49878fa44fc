namespace Dyad.Tests.Shared;

/// <summary>
/// The per-phase activity counts 001 Table 2 reports for its 18 critical events (DOMAIN.md, "Practice
/// instance"), written out from the source rather than computed, so the API and the CLI are checked against
/// the paper and not against Dyad's own tally. Practices are named as the catalogue names them, lower-cased.
/// </summary>
public static class Table2Recurrence
{
    public const int EventCount = 18;

    public static IReadOnlyList<RecurrenceRow> Rows { get; } =
    [
        new(1, "analysing the problem thoroughly", 2),
        new(1, "advising constructively", 1),
        new(1, "tailoring value promise", 1),

        new(2, "tailoring value promise", 3),
        new(2, "acting solution oriented", 3),
        new(2, "analysing the problem thoroughly", 2),
        new(2, "acting decisively", 2),
        new(2, "empathising in customer", 2),
        new(2, "managing relation strategically", 2),
        new(2, "solving problems ad hoc", 1),
        new(2, "advising proactively", 1),
        new(2, "managing expectations", 1),

        new(3, "acting solution oriented", 2),
        new(3, "empathising in customer", 2),
        new(3, "solving problems ad hoc", 1),
        new(3, "tailoring value promise", 1),
        new(3, "managing expectations", 1),
        new(3, "managing relation strategically", 1),
        new(3, "managing sve uncoordinatedly", 1, "destructing"),

        new(4, "empathising in customer", 3),
        new(4, "solving problems ad hoc", 2),
        new(4, "repairing the situation", 1),
        new(4, "tailoring value promise", 1),
        new(4, "acting solution oriented", 1),
        new(4, "acting decisively", 1),
        new(4, "managing sve uncoordinatedly", 1, "destructing"),
        new(4, "communicating slowly", 1, "destructing"),
        new(4, "acting avoidantly", 1, "destructing"),

        new(5, "analysing the problem thoroughly", 2),
        new(5, "acting solution oriented", 2),
        new(5, "advising proactively", 2),
        new(5, "advising constructively", 1),
        new(5, "selling opportunistically and insistently", 1, "destructing"),
    ];

    /// <summary>The oracle as readable lines in one order, so a failing comparison shows which practice is off.</summary>
    public static IReadOnlyList<string> Lines(int? phase = null) =>
        Sorted(Rows.Where(r => phase is null || r.Phase == phase).Select(r => Line(r.Phase, r.Practice, r.Polarity, r.Count, r.Level)));

    /// <summary>"phase 1: analysing the problem thoroughly (facilitating) x2, sometimes".</summary>
    public static string Line(int phase, string practice, string polarity, int count, string level) =>
        $"phase {phase}: {practice} ({polarity}) x{count}, {level}";

    public static IReadOnlyList<string> Sorted(IEnumerable<string> lines) => lines.Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// One practice in one phase. The level is 000's (section 3.3): once is occasionally, twice sometimes,
/// three times frequently; no practice recurs more often in a phase of these cases.
/// </summary>
public sealed record RecurrenceRow(int Phase, string Practice, int Count, string Polarity = "facilitating")
{
    public string Level => Count switch
    {
        1 => "occasionally",
        2 => "sometimes",
        _ => "frequently",
    };
}

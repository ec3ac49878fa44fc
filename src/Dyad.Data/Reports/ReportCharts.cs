using System.Globalization;
using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Data.Dashboards;
using Dyad.Documents;

namespace Dyad.Data.Reports;

/// <summary>
/// The report's charts, drawn from the very tables the report prints and the dashboards download, so a chart can never
/// show another number than its table.
/// </summary>
internal enum BarOrder
{
    HighestFirst,
    LowestFirst,
    AsListed,
}

internal static class ReportCharts
{
    /// <summary>At most this many bars in a chart; the table below it lists every row.</summary>
    public const int MaxBars = 15;

    public static object? Cell(this DashboardTable table, IReadOnlyList<object?> row, string column)
    {
        var index = table.Columns.IndexOf(column);
        return index < 0 ? throw new ArgumentException($"Panel {table.Panel} has no column {column}.", nameof(column)) : row[index];
    }

    public static double? Number(this DashboardTable table, IReadOnlyList<object?> row, string column) => table.Cell(row, column) switch
    {
        null => null,
        double d => d,
        int i => i,
        decimal m => (double)m,
        var other => Convert.ToDouble(other, CultureInfo.InvariantCulture),
    };

    public static string Text(this DashboardTable table, IReadOnlyList<object?> row, string column) =>
        Convert.ToString(table.Cell(row, column), CultureInfo.InvariantCulture) ?? "";

    private static int IndexOf(this IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A bar per row with a value, the first <see cref="MaxBars"/> in the order asked.</summary>
    public static IReadOnlyList<Block> Bars(DashboardTable table, string title, string label, string value, string? unit = null,
        BarOrder order = BarOrder.HighestFirst)
    {
        var bars = table.Rows.Where(r => table.Number(r, value) is not null)
            .Select(r => new Bar(table.Text(r, label), table.Number(r, value)!.Value));
        var chosen = (order switch
        {
            BarOrder.HighestFirst => bars.OrderByDescending(b => b.Value),
            BarOrder.LowestFirst => bars.OrderBy(b => b.Value),
            _ => bars,
        }).Take(MaxBars).ToList();
        return chosen.Count == 0 ? [] : [new BarChart(title, chosen, unit)];
    }

    /// <summary>One line chart per survey of the monthly trend, with the margin of error as a band.</summary>
    public static IReadOnlyList<Block> Trends(DashboardTable trends) =>
        trends.Rows.GroupBy(r => (Survey: trends.Text(r, "survey"), Measure: trends.Text(r, "measure")))
            .Where(g => g.Any(r => trends.Number(r, "value") is not null))
            .Select(g => (Block)new LineChart($"{g.Key.Survey}: {ScoreMeasures.Label(g.Key.Measure)} per month",
                g.Select(r => trends.Text(r, "period")).ToList(),
                [new LineSeries(ScoreMeasures.Label(g.Key.Measure), g.Select(r => trends.Number(r, "value")).ToList(),
                    g.Select(r => trends.Number(r, "margin")).ToList())],
                "band: 95 % margin of error"))
            .ToList();

    /// <summary>A diverging chart of perception minus expectation per dimension, one per SERVQUAL survey.</summary>
    public static IReadOnlyList<Block> Gaps(DashboardTable servqual) =>
        servqual.Rows.GroupBy(r => servqual.Text(r, "survey"))
            .Select(g => (Block)new BarChart($"{g.Key}: gap per dimension (perception - expectation)",
                g.Where(r => servqual.Number(r, "gap") is not null).Select(r => new Bar(servqual.Text(r, "dimension"), servqual.Number(r, "gap")!.Value)).ToList()))
            .ToList();

    /// <summary>Each phase's practice uses split by circumplex quadrant.</summary>
    public static IReadOnlyList<Block> PracticeMix(DashboardTable mix)
    {
        string[] parts = ["ad_hoc_reactive", "regular_reactive", "ad_hoc_proactive", "regular_proactive", "without_mode"];
        var bars = mix.Rows.Select(r => new StackedBar($"{mix.Text(r, "phase")}. {mix.Text(r, "phase_name")}",
            parts.Select(p => mix.Number(r, p) ?? 0).ToList())).ToList();
        return bars.Count == 0 ? [] : [new StackedBarChart("Practice uses per phase by quadrant", parts.Select(p => p.Replace('_', ' ')).ToList(), bars)];
    }

    /// <summary>Open actions per age bucket, split by type.</summary>
    public static IReadOnlyList<Block> ActionAges(DashboardTable counts)
    {
        var types = counts.Rows.Select(r => counts.Text(r, "type")).Distinct().ToList();
        var bars = counts.Rows.GroupBy(r => counts.Text(r, "age"))
            .Select(g => new StackedBar(g.Key, types.Select(t => g.Where(r => counts.Text(r, "type") == t).Sum(r => counts.Number(r, "count") ?? 0)).ToList()))
            .ToList();
        return bars.All(b => b.Values.Sum() == 0) ? [] : [new StackedBarChart("Open actions by age and type", types, bars)];
    }

    /// <summary>The experience state each event left, per account, on the ordinal scale of the sources.</summary>
    public static IReadOnlyList<Block> ExperienceStates(DashboardTable timeline)
    {
        var events = timeline.Rows.OrderBy(r => (DateOnly)timeline.Cell(r, "occurred_on")!).ToList();
        if (events.Count == 0)
        {
            return [];
        }
        var states = Enum.GetValues<ExperienceState>().OrderBy(s => (int)s).ToList();
        var accounts = events.Select(r => timeline.Text(r, "account")).Distinct().ToList();
        var series = accounts.Select(account => new LineSeries(account, events
            .Select(r => timeline.Text(r, "account") == account && EnumText.TryParse<ExperienceState>(timeline.Text(r, "state_after"), out var state)
                ? (double?)states.IndexOf(state)
                : null)
            .ToList())).ToList();
        return [new LineChart("Experience state after each critical event", events.Select(r => timeline.Text(r, "case_id")).ToList(), series)
        {
            Levels = states.Select(s => s.ToLabel()).ToList(),
        }];
    }
}

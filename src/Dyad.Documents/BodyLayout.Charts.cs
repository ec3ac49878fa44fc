using System.Globalization;
using Dyad.Core.Charts;
using static Dyad.Documents.DocumentStyle;

namespace Dyad.Documents;

/// <summary>The charts: vector shapes on the dashboards' scales and palette, each kept whole on one page.</summary>
internal sealed partial class BodyLayout
{
    private const double BarRow = 17;
    private const double BarThickness = 11;
    private const double PlotHeight = 150;
    private const double AxisWidth = 46;
    private const double LegendRow = 14;
    private const double BandOpacity = 0.18;

    private static readonly Rgb Below = Rgb.Parse(ChartPalette.Negative);
    private static readonly Rgb Above = Rgb.Parse(ChartPalette.Positive);

    private static Rgb SeriesColour(int index) => Rgb.Parse(ChartPalette.Of(index));

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private void AddChart(BarChart chart)
    {
        var labelFont = Font(SmallSize + 0.5);
        var valueFont = Font(SmallSize);
        string Value(double value) => Number(value) + (chart.Unit is { Length: > 0 } unit ? $" {unit}" : "");

        var diverging = chart.Bars.Any(b => b.Value < 0);
        var labelWidth = Math.Min(ContentWidth * 0.4, chart.Bars.Select(b => TextWrap.NaturalWidth(measure, b.Label, labelFont)).DefaultIfEmpty(0).Max() + 10);
        var valueWidth = chart.Bars.Select(b => measure.Width(Value(b.Value), valueFont)).DefaultIfEmpty(0).Max() + 8;
        // A diverging chart keeps room for value labels on both sides of its bars.
        var barSpace = ContentWidth - labelWidth - valueWidth * (diverging ? 2 : 1);
        var largest = chart.Bars.Select(b => b.Value).DefaultIfEmpty(0).Max();
        var smallest = Math.Min(0, chart.Bars.Select(b => b.Value).DefaultIfEmpty(0).Min());
        var scale = largest - smallest > 0 ? barSpace / (Math.Max(largest, 0) - smallest) : 0;
        var zero = MarginLeft + labelWidth + (diverging ? valueWidth : 0) - smallest * scale;

        Flow.Space(4);
        Flow.Reserve(LineHeight(BodySize) + Math.Min(chart.Bars.Count, 4) * BarRow);
        AddText([new TextRun(chart.Title, Bold: true)], MarginLeft, ContentWidth, BodySize, Text);
        foreach (var bar in chart.Bars)
        {
            Flow.Reserve(BarRow);
            var y = Flow.Y;
            var label = Fit(bar.Label, labelFont, labelWidth - 10);
            var length = Math.Abs(bar.Value) * scale;
            var left = bar.Value < 0 ? zero - length : zero;
            var colour = !diverging ? Accent : bar.Value < 0 ? Below : Above;
            var value = Value(bar.Value);
            var valueX = bar.Value < 0 ? left - 4 - measure.Width(value, valueFont) : zero + length + 4;
            Flow.Draw(g =>
            {
                g.Text(label, labelFont, Text, MarginLeft, y + (BarRow - BarThickness) / 2);
                g.Fill(left, y + (BarRow - BarThickness) / 2, length, BarThickness, colour);
                g.Text(value, valueFont, Muted, valueX, y + (BarRow - BarThickness) / 2 + 1);
                g.Line(zero, y, zero, y + BarRow, 0.8, Rule);
            });
            Flow.Advance(BarRow);
        }
        Flow.Space(ParagraphSpacing + 6);
    }

    private void AddLineChart(LineChart chart)
    {
        var tickFont = Font(SmallSize - 0.5);
        var count = chart.Points.Count;
        var values = chart.Series.SelectMany(s => s.Values.Select((v, i) => (v, m: s.Margins is { } m && i < m.Count ? m[i] : null)))
            .Where(p => p.v is not null)
            .SelectMany(p => new[] { p.v!.Value - (p.m ?? 0), p.v!.Value + (p.m ?? 0) })
            .ToList();
        var plotTop = 0.0;
        var legendRows = (int)Math.Ceiling(chart.Series.Count / 3.0);
        var height = LineHeight(BodySize) + PlotHeight + 2 * LineHeight(SmallSize) + legendRows * LegendRow;
        Flow.Space(4);
        Flow.Reserve(height);
        AddText([new TextRun(chart.Title + (chart.Unit is { Length: > 0 } unit ? $" ({unit})" : ""), Bold: true)], MarginLeft, ContentWidth, BodySize, Text);
        plotTop = Flow.Y + 4;
        var plotLeft = MarginLeft + AxisWidth;
        var plotRight = MarginLeft + ContentWidth - 6;
        var levels = chart.Levels;
        var y = levels is { Count: > 0 }
            ? new LinearScale(0, levels.Count - 1, 1, plotTop + PlotHeight, plotTop)
            : LinearScale.Nice(values, plotTop + PlotHeight, plotTop);
        double X(int index) => count <= 1 ? (plotLeft + plotRight) / 2 : plotLeft + index * (plotRight - plotLeft) / (count - 1);

        Flow.Draw(g =>
        {
            foreach (var tick in y.Ticks())
            {
                var ty = y.Map(tick);
                g.Line(plotLeft, ty, plotRight, ty, 0.4, Rule);
                var label = levels is { Count: > 0 } ? levels[(int)tick] : Number(tick);
                label = Fit(label, tickFont, AxisWidth - 6);
                g.Text(label, tickFont, Muted, plotLeft - 4 - measure.Width(label, tickFont), ty - tickFont.Size * 0.65);
            }
            g.Line(plotLeft, plotTop + PlotHeight, plotRight, plotTop + PlotHeight, 0.8, Muted);
            // Every point's label when they fit, else evenly thinned, the last always shown.
            var every = Math.Max(1, (int)Math.Ceiling(count * 38 / (plotRight - plotLeft)));
            for (var i = 0; i < count; i++)
            {
                if (i % every != 0 && i != count - 1)
                {
                    continue;
                }
                var text = chart.Points[i];
                g.Text(text, tickFont, Muted, X(i) - measure.Width(text, tickFont) / 2, plotTop + PlotHeight + 3);
            }
            foreach (var (index, series) in chart.Series.Index())
            {
                var colour = SeriesColour(index);
                foreach (var run in Runs(series.Values))
                {
                    if (series.Margins is { } margins)
                    {
                        var upper = run.Select(i => (X(i), y.Map(series.Values[i]!.Value + (i < margins.Count ? margins[i] ?? 0 : 0))));
                        var lower = run.AsEnumerable().Reverse().Select(i => (X(i), y.Map(series.Values[i]!.Value - (i < margins.Count ? margins[i] ?? 0 : 0))));
                        if (run.Count > 1)
                        {
                            g.Polygon(upper.Concat(lower).ToList(), colour, BandOpacity);
                        }
                    }
                    if (run.Count > 1)
                    {
                        g.Polyline(run.Select(i => (X(i), y.Map(series.Values[i]!.Value))).ToList(), 1.6, colour);
                    }
                    foreach (var i in run)
                    {
                        g.Dot(X(i), y.Map(series.Values[i]!.Value), 2.2, colour);
                    }
                }
            }
        });
        Flow.Advance(PlotHeight + 4 + 2 * LineHeight(SmallSize));
        AddLegend(chart.Series.Select(s => s.Name).ToList());
        Flow.Space(ParagraphSpacing + 4);
    }

    private void AddStackedChart(StackedBarChart chart)
    {
        var labelFont = Font(SmallSize + 0.5);
        var valueFont = Font(SmallSize);
        var labelWidth = Math.Min(ContentWidth * 0.4, chart.Bars.Select(b => TextWrap.NaturalWidth(measure, b.Label, labelFont)).DefaultIfEmpty(0).Max() + 10);
        var totals = chart.Bars.Select(b => b.Values.Where(v => v > 0).Sum()).ToList();
        var totalWidth = totals.Select(t => measure.Width(Number(t), valueFont)).DefaultIfEmpty(0).Max() + 8;
        var largest = totals.DefaultIfEmpty(0).Max();
        var scale = largest > 0 ? (ContentWidth - labelWidth - totalWidth) / largest : 0;

        Flow.Space(4);
        Flow.Reserve(LineHeight(BodySize) + Math.Min(chart.Bars.Count, 4) * BarRow);
        AddText([new TextRun(chart.Title, Bold: true)], MarginLeft, ContentWidth, BodySize, Text);
        foreach (var (row, bar) in chart.Bars.Index())
        {
            Flow.Reserve(BarRow);
            var y = Flow.Y + (BarRow - BarThickness) / 2;
            var label = Fit(bar.Label, labelFont, labelWidth - 10);
            var total = totals[row];
            Flow.Draw(g =>
            {
                g.Text(label, labelFont, Text, MarginLeft, y);
                var x = MarginLeft + labelWidth;
                foreach (var (part, value) in bar.Values.Index())
                {
                    var length = Math.Max(value, 0) * scale;
                    g.Fill(x, y, length, BarThickness, SeriesColour(part));
                    x += length;
                }
                g.Text(Number(total), valueFont, Muted, x + 4, y + 1);
            });
            Flow.Advance(BarRow);
        }
        Flow.Space(4);
        AddLegend(chart.Parts);
        Flow.Space(ParagraphSpacing + 4);
    }

    /// <summary>A swatch and name per series, three to a row.</summary>
    private void AddLegend(IReadOnlyList<string> names)
    {
        var font = Font(SmallSize);
        var column = ContentWidth / 3;
        for (var start = 0; start < names.Count; start += 3)
        {
            Flow.Reserve(LegendRow);
            var y = Flow.Y;
            var first = start;
            Flow.Draw(g =>
            {
                for (var i = first; i < Math.Min(first + 3, names.Count); i++)
                {
                    var x = MarginLeft + (i - first) * column;
                    g.Fill(x, y + 2, 10, 8, SeriesColour(i));
                    g.Text(Fit(names[i], font, column - 18), font, Text, x + 14, y);
                }
            });
            Flow.Advance(LegendRow);
        }
    }

    /// <summary>The indexes of the values in runs without a gap, so a line breaks where a month had no answers.</summary>
    private static IEnumerable<List<int>> Runs(IReadOnlyList<double?> values)
    {
        var run = new List<int>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v && double.IsFinite(v))
            {
                run.Add(i);
            }
            else if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }
}

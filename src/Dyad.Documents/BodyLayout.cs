using System.Globalization;
using static Dyad.Documents.DocumentStyle;

namespace Dyad.Documents;

/// <summary>Lays the body's blocks out on pages, numbering headings on the way.</summary>
internal sealed partial class BodyLayout(ITextMeasure measure, int firstPageIndex)
{
    private const double CellPadding = 4;

    private readonly int[] _numbers = new int[3];
    private readonly List<PlacedHeading> _headings = [];

    public PageFlow Flow { get; } = new(firstPageIndex);

    public IReadOnlyList<PlacedHeading> Headings => _headings;

    /// <summary>The headings' numbers in order, as the body will show them; the table of contents is sized from these first.</summary>
    public static IReadOnlyList<(string Number, Heading Heading)> Number(IEnumerable<Block> blocks)
    {
        var numbers = new int[3];
        return blocks.OfType<Heading>().Select(h => (Next(numbers, h), h)).ToList();
    }

    public void Add(Block block)
    {
        switch (block)
        {
            case Heading heading: AddHeading(heading); break;
            case Paragraph paragraph: AddText(paragraph.Runs, MarginLeft, ContentWidth, BodySize, Text); Flow.Space(ParagraphSpacing); break;
            case BulletList list: AddList(list); break;
            case Quote quote: AddQuote(quote); break;
            case Table table: AddTable(table); break;
            case BarChart chart: AddChart(chart); break;
            case LineChart chart: AddLineChart(chart); break;
            case StackedBarChart chart: AddStackedChart(chart); break;
            case PageBreak: if (!Flow.PageIsEmpty) { Flow.NewPage(); } break;
            default: throw new NotSupportedException($"No layout for {block.GetType().Name}.");
        }
    }

    private static string Next(int[] numbers, Heading heading)
    {
        var level = Math.Clamp(heading.Level, 1, 3);
        if (!heading.Numbered)
        {
            return "";
        }
        numbers[level - 1]++;
        for (var deeper = level; deeper < numbers.Length; deeper++)
        {
            numbers[deeper] = 0;
        }
        return string.Join('.', numbers.Take(level).Select(n => n.ToString(CultureInfo.InvariantCulture)));
    }

    private void AddHeading(Heading heading)
    {
        var level = Math.Clamp(heading.Level, 1, 3);
        var (size, before, after) = DocumentStyle.Heading(level);
        var number = Next(_numbers, heading);
        var runs = new[] { new TextRun(number.Length == 0 ? heading.Text : $"{number}  {heading.Text}", Bold: true) };
        var lines = TextWrap.Lines(measure, runs, size, ContentWidth);
        var height = lines.Count * LineHeight(size);
        if (level == 1 && !Flow.PageIsEmpty)
        {
            Flow.NewPage();
        }
        Flow.Space(before);
        // Keep a heading with at least three lines of what follows it.
        Flow.Reserve(height + after + 3 * LineHeight(BodySize));
        var placed = new PlacedHeading(number, heading.Text, level, Flow.PageIndex, Flow.Y, $"heading-{_headings.Count + 1}");
        _headings.Add(placed);
        Flow.Draw(g => g.Destination(placed.Destination, MarginLeft, placed.Y));
        DrawLines(lines, MarginLeft, size, level == 1 ? Accent : Text);
        if (level == 1)
        {
            var y = Flow.Y + 2;
            Flow.Draw(g => g.Line(MarginLeft, y, MarginLeft + ContentWidth, y, 1.2, Accent));
            Flow.Advance(4);
        }
        Flow.Advance(after);
    }

    private void AddText(IEnumerable<TextRun> runs, double x, double width, double size, Rgb colour)
    {
        DrawLines(TextWrap.Lines(measure, runs, size, width), x, size, colour);
    }

    /// <summary>Draws lines one by one, each on the page it fits; <paramref name="beside"/> draws margin marks per line.</summary>
    private void DrawLines(IReadOnlyList<TextLine> lines, double x, double size, Rgb colour, Action<double, double>? beside = null)
    {
        var height = LineHeight(size);
        foreach (var line in lines)
        {
            Flow.Reserve(height);
            var y = Flow.Y;
            beside?.Invoke(y, height);
            foreach (var segment in line.Segments)
            {
                Flow.Draw(g => g.Text(segment.Text, segment.Font, colour, x + segment.X, y));
            }
            Flow.Advance(height);
        }
    }

    private void AddList(BulletList list)
    {
        var bulletFont = Font(BodySize);
        foreach (var (index, item) in list.Items.Index())
        {
            var marker = list.Ordered ? $"{index + 1}." : "\u2022";
            var lines = TextWrap.Lines(measure, item.Runs, BodySize, ContentWidth - Indent);
            var first = true;
            DrawLines(lines, MarginLeft + Indent, BodySize, Text, (y, _) =>
            {
                if (first)
                {
                    Flow.Draw(g => g.Text(marker, bulletFont, Text, MarginLeft + 3, y));
                    first = false;
                }
            });
            Flow.Space(2);
        }
        Flow.Space(ParagraphSpacing - 2);
    }

    private void AddQuote(Quote quote)
    {
        void Mark(double y, double height) => Flow.Draw(g => g.Line(MarginLeft + 2, y + 1, MarginLeft + 2, y + height - 1, 2.2, Accent));
        DrawLines(TextWrap.Lines(measure, quote.Runs, BodySize, ContentWidth - Indent, forceItalic: true), MarginLeft + Indent, BodySize, Text, Mark);
        if (quote.Attribution is { Length: > 0 } attribution)
        {
            DrawLines(TextWrap.Lines(measure, [new TextRun($"\u2014 {attribution}")], SmallSize, ContentWidth - Indent), MarginLeft + Indent,
                SmallSize, Muted, Mark);
        }
        Flow.Space(ParagraphSpacing + 2);
    }

    private void AddTable(Table table)
    {
        var columns = table.Header.Count;
        var weights = table.ColumnWeights is { } given && given.Count == columns && given.All(w => w > 0) ? given : Enumerable.Repeat(1.0, columns).ToArray();
        var total = weights.Sum();
        var widths = weights.Select(w => ContentWidth * w / total).ToArray();
        var lefts = widths.Select((_, i) => MarginLeft + widths.Take(i).Sum()).ToArray();
        var lineHeight = LineHeight(SmallSize + 1);

        (IReadOnlyList<TextLine>[] Cells, double Height) Measure(IReadOnlyList<string> cells, bool bold)
        {
            var wrapped = Enumerable.Range(0, columns)
                .Select(i => TextWrap.Lines(measure, [new TextRun(i < cells.Count ? cells[i] : "", bold)], SmallSize + 1, widths[i] - 2 * CellPadding))
                .ToArray();
            return (wrapped, wrapped.Max(c => c.Count) * lineHeight + 2 * CellPadding);
        }

        void DrawRow((IReadOnlyList<TextLine>[] Cells, double Height) row, bool header)
        {
            var top = Flow.Y;
            if (header)
            {
                Flow.Draw(g => g.Fill(MarginLeft, top, ContentWidth, row.Height, Shade));
            }
            for (var i = 0; i < columns; i++)
            {
                var (column, right) = (i, table.RightAligned.Contains(i));
                foreach (var (lineIndex, line) in row.Cells[i].Index())
                {
                    var y = top + CellPadding + lineIndex * lineHeight;
                    var lineWidth = line.Segments.Count == 0 ? 0 : line.Segments[^1].X + measure.Width(line.Segments[^1].Text, line.Segments[^1].Font);
                    var x = right ? lefts[column] + widths[column] - CellPadding - lineWidth : lefts[column] + CellPadding;
                    foreach (var segment in line.Segments)
                    {
                        Flow.Draw(g => g.Text(segment.Text, segment.Font, Text, x + segment.X, y));
                    }
                }
            }
            var bottom = top + row.Height;
            Flow.Draw(g => g.Line(MarginLeft, bottom, MarginLeft + ContentWidth, bottom, header ? 0.9 : 0.6, header ? Accent : Rule));
            Flow.Advance(row.Height);
        }

        var headerRow = Measure(table.Header, bold: true);
        var rows = table.Rows.Select(r => Measure(r, bold: false)).ToList();
        Flow.Reserve(headerRow.Height + (rows.Count > 0 ? rows[0].Height : 0));
        DrawRow(headerRow, header: true);
        foreach (var row in rows)
        {
            // A row that does not fit continues the table on the next page, under a repeated header.
            if (Flow.Reserve(row.Height))
            {
                DrawRow(headerRow, header: true);
            }
            DrawRow(row, header: false);
        }
        Flow.Space(ParagraphSpacing + 4);
    }

    /// <summary>The label cut with an ellipsis to the width, so a long one never runs into its bar.</summary>
    private string Fit(string label, DocumentFont font, double width)
    {
        if (measure.Width(label, font) <= width)
        {
            return label;
        }
        var length = label.Length;
        while (length > 1 && measure.Width(label[..length] + "\u2026", font) > width)
        {
            length--;
        }
        return label[..length] + "\u2026";
    }
}

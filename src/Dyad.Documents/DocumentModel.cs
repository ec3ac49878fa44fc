namespace Dyad.Documents;

/// <summary>
/// A document to print: the cover's title, subtitle and lines (organisation, date, version), then the body's blocks.
/// The writer numbers the headings, builds the table of contents from them and adds "page X of Y" footers.
/// </summary>
public sealed record DocumentSpec(string Title, string? Subtitle, IReadOnlyList<string> CoverLines, IReadOnlyList<Block> Blocks)
{
    /// <summary>Whether a table of contents follows the cover; it lists headings of levels 1 and 2.</summary>
    public bool TableOfContents { get; init; } = true;

    /// <summary>Who the document is by, as a PDF reader shows it in the document's properties; left out when null.</summary>
    public string? Author { get; init; }
}

/// <summary>One piece of a document's body, laid out top to bottom.</summary>
public abstract record Block;

/// <summary>
/// A numbered heading of level 1 (a chapter, which starts a new page), 2 or 3; the writer numbers it "2", "2.1",
/// "2.1.3" unless <see cref="Numbered"/> is off.
/// </summary>
public sealed record Heading(int Level, string Text, bool Numbered = true) : Block;

/// <summary>A stretch of text in one style; a newline in <see cref="Text"/> breaks the line.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false);

/// <summary>Text wrapped to the page width.</summary>
public sealed record Paragraph(IReadOnlyList<TextRun> Runs) : Block
{
    public static Paragraph Of(string text) => new([new TextRun(text)]);
}

/// <summary>Items each marked with a bullet, or numbered 1, 2, 3 when <see cref="Ordered"/>.</summary>
public sealed record BulletList(IReadOnlyList<Paragraph> Items, bool Ordered = false) : Block;

/// <summary>Someone's words, set off with a bar in the margin and in italics, with who said it below.</summary>
public sealed record Quote(IReadOnlyList<TextRun> Runs, string? Attribution = null) : Block
{
    public static Quote Of(string text, string? attribution = null) => new([new TextRun(text)], attribution);
}

/// <summary>
/// A table with a header row that is repeated on every page the table continues on. <see cref="ColumnWeights"/> share
/// the width out (equal when null); a number column reads better right-aligned (<see cref="RightAligned"/>).
/// </summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : Block
{
    public IReadOnlyList<double>? ColumnWeights { get; init; }
    public IReadOnlyList<int> RightAligned { get; init; } = [];
}

/// <summary>One bar of a chart: its label and its value, zero or more.</summary>
public sealed record Bar(string Label, double Value);

/// <summary>
/// A horizontal bar chart drawn as vector shapes, each bar labelled with its value (and <see cref="Unit"/>). With any
/// value below zero it diverges from a zero line: bars below in vermillion, above in bluish green (a SERVQUAL gap).
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<Bar> Bars, string? Unit = null) : Block;

/// <summary>
/// One line of a <see cref="LineChart"/>: a value per point of the x axis (null leaves a gap) and, where given, the
/// half-width of a band around it (a margin of error).
/// </summary>
public sealed record LineSeries(string Name, IReadOnlyList<double?> Values, IReadOnlyList<double?>? Margins = null);

/// <summary>
/// Lines over labelled points (months), each with an optional band, drawn as vector shapes with a value axis and a
/// legend. <see cref="Levels"/> names the whole values of an ordinal axis (experience states) in place of numbers.
/// </summary>
public sealed record LineChart(string Title, IReadOnlyList<string> Points, IReadOnlyList<LineSeries> Series, string? Unit = null) : Block
{
    public IReadOnlyList<string>? Levels { get; init; }
}

/// <summary>Horizontal bars split into coloured parts, one per <see cref="Parts"/> name, with a legend (uses per quadrant per phase).</summary>
public sealed record StackedBarChart(string Title, IReadOnlyList<string> Parts, IReadOnlyList<StackedBar> Bars) : Block;

/// <summary>One bar of a <see cref="StackedBarChart"/>: a value per part, in the chart's order.</summary>
public sealed record StackedBar(string Label, IReadOnlyList<double> Values);

/// <summary>Starts the next block on a new page.</summary>
public sealed record PageBreak : Block;

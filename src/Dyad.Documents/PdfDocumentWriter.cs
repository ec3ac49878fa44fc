using System.Globalization;
using Dyad.Documents.Skia;
using static Dyad.Documents.DocumentStyle;

namespace Dyad.Documents;

/// <summary>
/// Prints a <see cref="DocumentSpec"/> as a PDF: a cover, a table of contents, the body, and "page X of Y" in every
/// footer but the cover's. Layout runs first and records what each page draws; pages are drawn once the total and
/// every heading's page are known, so the contents and footers need no second layout.
/// </summary>
public static class PdfDocumentWriter
{
    private const double ContentsLine = 17;
    private const double ContentsTitleSpace = 44;

    public static byte[] Write(DocumentSpec spec)
    {
        using var output = new MemoryStream();
        Write(spec, output);
        return output.ToArray();
    }

    public static void Write(DocumentSpec spec, Stream output)
    {
        using var pdf = new SkiaPdf();

        var listed = spec.TableOfContents ? BodyLayout.Number(spec.Blocks).Count(h => h.Heading.Level <= 2) : 0;
        var perContentsPage = (int)((ContentBottom - MarginTop - ContentsTitleSpace) / ContentsLine);
        var contentsPages = listed == 0 ? 0 : (listed + perContentsPage - 1) / perContentsPage;

        var body = new BodyLayout(pdf, firstPageIndex: 1 + contentsPages);
        foreach (var block in spec.Blocks)
        {
            body.Add(block);
        }
        var bodyPages = body.Flow.Pages.Count(p => p.Drawings.Count > 0) == 0 ? 0 : body.Flow.Pages.Count;
        var total = 1 + contentsPages + bodyPages;
        var entries = body.Headings.Where(h => h.Level <= 2).ToList();

        void DrawPage(IPageCanvas g, int index)
        {
            if (index == 0)
            {
                DrawCover(g, pdf, spec);
                return;
            }
            if (index <= contentsPages)
            {
                DrawContents(g, pdf, entries.Skip((index - 1) * perContentsPage).Take(perContentsPage).ToList(), first: index == 1);
            }
            else
            {
                foreach (var drawing in body.Flow.Pages[index - 1 - contentsPages].Drawings)
                {
                    drawing(g);
                }
            }
            DrawFooter(g, pdf, spec.Title, index + 1, total);
        }

        var info = new PdfInfo(spec.Title, spec.Author, DateTime.Now);
        pdf.Write(output, info, Enumerable.Range(0, total).Select(index => (Action<IPageCanvas>)(g => DrawPage(g, index))));
    }

    private static void DrawCover(IPageCanvas g, ITextMeasure measure, DocumentSpec spec)
    {
        g.Fill(0, 0, PageWidth, 150, Accent);
        var y = PageHeight * 0.33;
        foreach (var line in TextWrap.Lines(measure, [new TextRun(spec.Title, Bold: true)], 28, ContentWidth))
        {
            DrawLine(g, line, MarginLeft, y, Accent);
            y += LineHeight(28);
        }
        if (spec.Subtitle is { Length: > 0 } subtitle)
        {
            y += 6;
            foreach (var line in TextWrap.Lines(measure, [new TextRun(subtitle)], 15, ContentWidth))
            {
                DrawLine(g, line, MarginLeft, y, Text);
                y += LineHeight(15);
            }
        }
        y += 18;
        g.Line(MarginLeft, y, MarginLeft + 120, y, 1.5, Accent);
        y += 16;
        foreach (var coverLine in spec.CoverLines)
        {
            foreach (var line in TextWrap.Lines(measure, [new TextRun(coverLine)], BodySize, ContentWidth))
            {
                DrawLine(g, line, MarginLeft, y, Muted);
                y += LineHeight(BodySize);
            }
        }
    }

    private static void DrawContents(IPageCanvas g, ITextMeasure measure, IReadOnlyList<PlacedHeading> entries, bool first)
    {
        var y = MarginTop;
        if (first)
        {
            g.Text("Contents", Font(19, bold: true), Accent, MarginLeft, y);
        }
        y += ContentsTitleSpace;
        foreach (var entry in entries)
        {
            var font = Font(entry.Level == 1 ? BodySize : BodySize - 0.5, bold: entry.Level == 1);
            var indent = entry.Level == 1 ? 0 : Indent;
            var number = (entry.PageIndex + 1).ToString(CultureInfo.InvariantCulture);
            var numberWidth = measure.Width(number, font);
            var available = ContentWidth - indent - numberWidth - 24;
            var label = entry.Label;
            while (label.Length > 1 && measure.Width(label, font) > available)
            {
                label = label[..^2] + "\u2026";
            }
            var labelWidth = measure.Width(label, font);
            g.Text(label, font, Text, MarginLeft + indent, y);
            var baseline = y + font.Size;
            g.Line(MarginLeft + indent + labelWidth + 6, baseline, MarginLeft + ContentWidth - numberWidth - 6, baseline, 0.6, Rule, dotted: true);
            g.Text(number, font, Text, MarginLeft + ContentWidth - numberWidth, y);
            // The whole line, dots and page number too, jumps to the heading.
            g.Link(entry.Destination, MarginLeft + indent, y, ContentWidth - indent, ContentsLine);
            y += ContentsLine;
        }
    }

    private static void DrawFooter(IPageCanvas g, ITextMeasure measure, string title, int page, int total)
    {
        var font = Font(SmallSize);
        var y = PageHeight - MarginBottom + 28;
        g.Line(MarginLeft, y - 6, MarginLeft + ContentWidth, y - 6, 0.5, Rule);
        var pageText = string.Create(CultureInfo.InvariantCulture, $"page {page} of {total}");
        var pageWidth = measure.Width(pageText, font);
        var room = ContentWidth - pageWidth - 20;
        var shown = title;
        while (shown.Length > 1 && measure.Width(shown, font) > room)
        {
            shown = shown[..^2] + "\u2026";
        }
        g.Text(shown, font, Muted, MarginLeft, y);
        g.Text(pageText, font, Muted, MarginLeft + ContentWidth - pageWidth, y);
    }

    private static void DrawLine(IPageCanvas g, TextLine line, double x, double y, Rgb colour)
    {
        foreach (var segment in line.Segments)
        {
            g.Text(segment.Text, segment.Font, colour, x + segment.X, y);
        }
    }
}

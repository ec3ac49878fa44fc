using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
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
        DocumentFonts.EnsureRegistered();
        using var measure = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);

        var listed = spec.TableOfContents ? BodyLayout.Number(spec.Blocks).Count(h => h.Heading.Level <= 2) : 0;
        var perContentsPage = (int)((ContentBottom - MarginTop - ContentsTitleSpace) / ContentsLine);
        var contentsPages = listed == 0 ? 0 : (listed + perContentsPage - 1) / perContentsPage;

        var body = new BodyLayout(measure, firstPageIndex: 1 + contentsPages);
        foreach (var block in spec.Blocks)
        {
            body.Add(block);
        }
        var bodyPages = body.Flow.Pages.Count(p => p.Drawings.Count > 0) == 0 ? 0 : body.Flow.Pages.Count;
        var total = 1 + contentsPages + bodyPages;
        var entries = body.Headings.Where(h => h.Level <= 2).ToList();

        using var document = new PdfDocument();
        document.Info.Title = spec.Title;
        document.Info.Creator = "Dyad";
        var pages = new List<PdfPage>();
        for (var index = 0; index < total; index++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            pages.Add(page);
            using var g = XGraphics.FromPdfPage(page);
            if (index == 0)
            {
                DrawCover(g, spec);
                continue;
            }
            if (index <= contentsPages)
            {
                DrawContents(g, entries.Skip((index - 1) * perContentsPage).Take(perContentsPage).ToList(), first: index == 1);
            }
            else
            {
                foreach (var drawing in body.Flow.Pages[index - 1 - contentsPages].Drawings)
                {
                    drawing(g);
                }
            }
            DrawFooter(g, spec.Title, index + 1, total);
        }
        AddOutline(document, pages, body.Headings);
        document.Save(output, closeStream: false);
    }

    private static void DrawCover(XGraphics g, DocumentSpec spec)
    {
        g.DrawRectangle(new XSolidBrush(Accent), 0, 0, PageWidth, 150);
        var y = PageHeight * 0.33;
        foreach (var line in TextWrap.Lines(g, [new TextRun(spec.Title, Bold: true)], 28, ContentWidth))
        {
            DrawLine(g, line, MarginLeft, y, Accent);
            y += LineHeight(28);
        }
        if (spec.Subtitle is { Length: > 0 } subtitle)
        {
            y += 6;
            foreach (var line in TextWrap.Lines(g, [new TextRun(subtitle)], 15, ContentWidth))
            {
                DrawLine(g, line, MarginLeft, y, Text);
                y += LineHeight(15);
            }
        }
        y += 18;
        g.DrawLine(new XPen(Accent, 1.5), MarginLeft, y, MarginLeft + 120, y);
        y += 16;
        foreach (var coverLine in spec.CoverLines)
        {
            foreach (var line in TextWrap.Lines(g, [new TextRun(coverLine)], BodySize, ContentWidth))
            {
                DrawLine(g, line, MarginLeft, y, Muted);
                y += LineHeight(BodySize);
            }
        }
    }

    private static void DrawContents(XGraphics g, IReadOnlyList<PlacedHeading> entries, bool first)
    {
        var y = MarginTop;
        if (first)
        {
            g.DrawString("Contents", Font(19, bold: true), new XSolidBrush(Accent), MarginLeft, y, XStringFormats.TopLeft);
        }
        y += ContentsTitleSpace;
        var brush = new XSolidBrush(Text);
        var dots = new XPen(Rule, 0.6) { DashStyle = XDashStyle.Dot };
        foreach (var entry in entries)
        {
            var font = Font(entry.Level == 1 ? BodySize : BodySize - 0.5, bold: entry.Level == 1);
            var indent = entry.Level == 1 ? 0 : Indent;
            var number = (entry.PageIndex + 1).ToString(CultureInfo.InvariantCulture);
            var numberWidth = g.MeasureString(number, font).Width;
            var available = ContentWidth - indent - numberWidth - 24;
            var label = entry.Label;
            while (label.Length > 1 && g.MeasureString(label, font).Width > available)
            {
                label = label[..^2] + "\u2026";
            }
            var labelWidth = g.MeasureString(label, font).Width;
            g.DrawString(label, font, brush, MarginLeft + indent, y, XStringFormats.TopLeft);
            var baseline = y + font.Size;
            g.DrawLine(dots, MarginLeft + indent + labelWidth + 6, baseline, MarginLeft + ContentWidth - numberWidth - 6, baseline);
            g.DrawString(number, font, brush, MarginLeft + ContentWidth - numberWidth, y, XStringFormats.TopLeft);
            y += ContentsLine;
        }
    }

    private static void DrawFooter(XGraphics g, string title, int page, int total)
    {
        var font = Font(SmallSize);
        var brush = new XSolidBrush(Muted);
        var y = PageHeight - MarginBottom + 28;
        g.DrawLine(new XPen(Rule, 0.5), MarginLeft, y - 6, MarginLeft + ContentWidth, y - 6);
        var pageText = string.Create(CultureInfo.InvariantCulture, $"page {page} of {total}");
        var pageWidth = g.MeasureString(pageText, font).Width;
        var room = ContentWidth - pageWidth - 20;
        var shown = title;
        while (shown.Length > 1 && g.MeasureString(shown, font).Width > room)
        {
            shown = shown[..^2] + "\u2026";
        }
        g.DrawString(shown, font, brush, MarginLeft, y, XStringFormats.TopLeft);
        g.DrawString(pageText, font, brush, MarginLeft + ContentWidth - pageWidth, y, XStringFormats.TopLeft);
    }

    /// <summary>Bookmarks for the reader's sidebar: chapters, with their sections beneath.</summary>
    private static void AddOutline(PdfDocument document, IReadOnlyList<PdfPage> pages, IReadOnlyList<PlacedHeading> headings)
    {
        PdfOutline? chapter = null;
        foreach (var heading in headings.Where(h => h.Level <= 2 && h.PageIndex < pages.Count))
        {
            if (heading.Level == 1 || chapter is null)
            {
                chapter = document.Outlines.Add(heading.Label, pages[heading.PageIndex], opened: true);
            }
            else
            {
                chapter.Outlines.Add(heading.Label, pages[heading.PageIndex]);
            }
        }
    }

    private static void DrawLine(XGraphics g, TextLine line, double x, double y, XColor colour)
    {
        var brush = new XSolidBrush(colour);
        foreach (var segment in line.Segments)
        {
            g.DrawString(segment.Text, segment.Font, brush, x + segment.X, y, XStringFormats.TopLeft);
        }
    }
}

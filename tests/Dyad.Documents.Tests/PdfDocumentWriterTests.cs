using System.Text.RegularExpressions;

using Dyad.Tests.Shared;

namespace Dyad.Documents.Tests;

public class PdfDocumentWriterTests
{
    private static DocumentSpec Report(int rows = 12) => new(
        "Quarterly account review", "Hiidenkivi Oy", ["Prepared by Dyad", "2026-11-23"],
        [
            new Heading(1, "Summary"),
            Paragraph.Of("Customers named responsiveness most often. " + string.Concat(Enumerable.Repeat("The text wraps across the page width. ", 20))),
            new BulletList([Paragraph.Of("Answer within 24 hours"), new Paragraph([new TextRun("Keep "), new TextRun("documents", Bold: true), new TextRun(" current")])]),
            Quote.Of("They answered our questions the same day.", "a customer, FAT"),
            new Heading(2, "Keywords"),
            new BarChart("Keyword frequency", [new Bar("responsiveness", 8), new Bar("documentation", 7), new Bar("meetings", 5)], "answers"),
            new Heading(1, "Details"),
            new Heading(2, "Every answer"),
            new Table(["#", "Keyword", "Answers"], Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[$"{i}", $"keyword {i}", $"{i * 3}"]).ToList())
            {
                ColumnWeights = [1, 6, 2],
                RightAligned = [2],
            },
        ]);

    [Fact]
    public async Task A_written_document_opens_with_a_cover_contents_numbered_headings_and_page_x_of_y()
    {
        var pdf = PdfDocumentWriter.Write(Report());

        var pages = await Poppler.PageCountAsync(pdf);
        var text = await Poppler.TextAsync(pdf);

        Assert.True(pages >= 4, $"cover, contents and two chapters make at least four pages, not {pages}");
        Assert.Contains("Quarterly account review", text);
        Assert.Contains("Contents", text);
        Assert.Matches(@"1\s+Summary", text);
        Assert.Matches(@"1\.1\s+Keywords", text);
        Assert.Matches(@"2\.1\s+Every answer", text);
        Assert.Contains($"page 2 of {pages}", text);
        Assert.Contains($"page {pages} of {pages}", text);
        Assert.DoesNotContain($"page 1 of {pages}", text);
        Assert.Contains("documents", text);
        Assert.Contains("— a customer, FAT", text);
    }

    [Fact]
    public async Task The_contents_give_the_page_each_chapter_starts_on()
    {
        var text = await Poppler.TextAsync(PdfDocumentWriter.Write(Report()));
        var pages = text.Split('\f');

        var contents = pages[1];
        var listedPage = int.Parse(Regex.Match(contents, @"2\s+Details\s+(\d+)").Groups[1].Value);

        Assert.Matches(@"(?m)^\s*2\s+Details\s*$", pages[listedPage - 1]);
        Assert.DoesNotMatch(@"(?m)^\s*2\s+Details\s*$", pages[listedPage - 2]);
    }

    [Fact]
    public async Task Each_contents_entry_leads_to_a_named_destination_on_the_page_it_gives()
    {
        var pdf = PdfDocumentWriter.Write(Report());

        var contents = (await Poppler.TextAsync(pdf)).Split('\f')[1];
        var listed = Regex.Matches(contents, @"(?m)^\s*\d+(?:\.\d+)?\s+\S.*?\s(\d+)\s*$").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        // pdfinfo -dests prints a line per destination: its page, its view ([ XYZ left top zoom ]) and its name.
        var destinations = Regex.Matches(await Poppler.InfoAsync(pdf, "-dests"), @"(?m)^\s*(\d+)\s+\[\s*XYZ\s+\S+\s+(\S+)")
            .Select(m => (Page: int.Parse(m.Groups[1].Value), Top: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(d => d.Page).ThenByDescending(d => d.Top)
            .Select(d => d.Page)
            .ToList();

        Assert.Equal([3, 3, 4, 4], listed);
        Assert.Equal(listed, destinations);
    }

    [Fact]
    public async Task The_document_properties_give_its_title_author_creator_and_creation_date()
    {
        var info = await Poppler.InfoAsync(PdfDocumentWriter.Write(Report() with { Author = "Hiidenkivi Oy" }));

        Assert.Matches(@"(?m)^Title:\s+Quarterly account review$", info);
        Assert.Matches(@"(?m)^Author:\s+Hiidenkivi Oy$", info);
        Assert.Matches(@"(?m)^Creator:\s+Dyad$", info);
        Assert.Matches(@"(?m)^CreationDate:\s+\S", info);
    }

    [Fact]
    public async Task A_long_table_continues_on_the_next_page_under_a_repeated_header()
    {
        var pdf = PdfDocumentWriter.Write(Report(rows: 90));
        var pages = (await Poppler.TextAsync(pdf)).Split('\f').Where(p => p.Contains("keyword ")).ToList();

        Assert.True(pages.Count >= 2, "ninety rows need more than one page");
        Assert.All(pages, page => Assert.Contains("Answers", page));
        Assert.Contains("keyword 90", pages[^1]);
        Assert.DoesNotContain("keyword 90", pages[0]);
    }

    [Fact]
    public async Task Every_page_renders_with_ink_on_it_and_the_chart_draws_its_bars()
    {
        var pdf = PdfDocumentWriter.Write(Report());

        for (var page = 1; page <= await Poppler.PageCountAsync(pdf); page++)
        {
            var pixels = await Poppler.RenderGreyAsync(pdf, page);
            Assert.True(pixels.Count(p => p < 128) > 50, $"page {page} renders blank");
        }
        var text = await Poppler.TextAsync(pdf);
        Assert.Contains("8 answers", text);
        Assert.Contains("responsiveness", text);
    }

    [Fact]
    public async Task Text_outside_Latin_1_is_embedded_and_extracted_as_written()
    {
        var spec = new DocumentSpec("Käsikirja", null, [], [new Heading(1, "Asiakaskokemus"), Paragraph.Of("Šárka Dvořák — Ωmega, Жанна; 24 h")]);

        var text = await Poppler.TextAsync(PdfDocumentWriter.Write(spec));

        Assert.Contains("Šárka Dvořák — Ωmega, Жанна; 24 h", text);
        Assert.Contains("Käsikirja", text);
    }
}

using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTable = Markdig.Extensions.Tables.Table;
using MdParagraph = Markdig.Syntax.ParagraphBlock;

namespace Dyad.Documents;

/// <summary>
/// Markdown (CommonMark with pipe tables) as document blocks: headings, paragraphs with bold and italics, bullet and
/// numbered lists, block quotes, tables, and code as plain text. Raw HTML is never interpreted: it prints as the text it is. Headings are shifted down by
/// <c>headingOffset</c> levels, so "# Title" inside a section of level 2 becomes a level-3 heading.
/// </summary>
public static class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static IReadOnlyList<Block> Parse(string markdown, int headingOffset = 0)
    {
        var blocks = new List<Block>();
        foreach (var block in Markdown.Parse(markdown ?? "", Pipeline))
        {
            Convert(block, headingOffset, blocks);
        }
        return blocks;
    }

    private static void Convert(Markdig.Syntax.Block block, int headingOffset, List<Block> blocks)
    {
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(new Heading(Math.Min(heading.Level + headingOffset, 3), PlainText(heading.Inline), Numbered: false));
                break;
            case MdParagraph paragraph:
                blocks.Add(new Paragraph(Runs(paragraph.Inline)));
                break;
            case ListBlock list:
                blocks.Add(new BulletList(list.OfType<ListItemBlock>().Select(Item).ToList(), list.IsOrdered));
                break;
            case QuoteBlock quote:
                // A last paragraph starting with an em dash names who said it, as the handbook writes its quotes.
                var paragraphs = quote.OfType<MdParagraph>().Select(p => Runs(p.Inline)).ToList();
                var said = paragraphs.Count > 1 ? string.Concat(paragraphs[^1].Select(r => r.Text)).Trim() : "";
                var attribution = said.StartsWith('\u2014') ? said.TrimStart('\u2014').Trim() : null;
                var body = attribution is null ? paragraphs : paragraphs[..^1];
                blocks.Add(new Quote(body.SelectMany((runs, i) => i == 0 ? runs : [new TextRun("\n"), .. runs]).ToList(), attribution));
                break;
            case MdTable table:
                var rows = table.OfType<TableRow>().Select(r => (IReadOnlyList<string>)r.OfType<TableCell>()
                    .Select(c => string.Join(" ", c.OfType<MdParagraph>().Select(p => PlainText(p.Inline)))).ToList()).ToList();
                if (rows.Count > 0)
                {
                    var right = table.ColumnDefinitions.Select((d, i) => (d, i)).Where(x => x.d.Alignment == TableColumnAlign.Right).Select(x => x.i).ToList();
                    blocks.Add(new Table(rows[0], rows.Skip(1).ToList()) { RightAligned = right });
                }
                break;
            case CodeBlock code:
                blocks.Add(Paragraph.Of(string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString()))));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Convert(child, headingOffset, blocks);
                }
                break;
        }
    }

    private static Paragraph Item(ListItemBlock item) =>
        new(item.SelectMany(child => child switch
        {
            MdParagraph p => Runs(p.Inline),
            ListBlock nested => nested.OfType<ListItemBlock>().SelectMany(n => new[] { new TextRun("\n\u2013 ") }.Concat(Item(n).Runs)),
            _ => [],
        }).ToList());

    private static List<TextRun> Runs(ContainerInline? inline, bool bold = false, bool italic = false)
    {
        var runs = new List<TextRun>();
        if (inline is null)
        {
            return runs;
        }
        foreach (var child in inline)
        {
            switch (child)
            {
                case LiteralInline literal: runs.Add(new TextRun(literal.Content.ToString(), bold, italic)); break;
                case CodeInline code: runs.Add(new TextRun(code.Content, bold, italic)); break;
                case LineBreakInline lineBreak: runs.Add(new TextRun(lineBreak.IsHard ? "\n" : " ", bold, italic)); break;
                case EmphasisInline emphasis:
                    runs.AddRange(Runs(emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1));
                    break;
                case ContainerInline container: runs.AddRange(Runs(container, bold, italic)); break;
            }
        }
        return runs;
    }

    private static string PlainText(ContainerInline? inline) => string.Concat(Runs(inline).Select(r => r.Text)).Trim();
}

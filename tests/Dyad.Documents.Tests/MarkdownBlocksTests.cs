namespace Dyad.Documents.Tests;

public class MarkdownBlocksTests
{
    [Fact]
    public void Markdown_becomes_headings_paragraphs_lists_quotes_and_tables_and_html_stays_text()
    {
        var blocks = MarkdownBlocks.Parse("""
            # Answer fast

            Customers value **responsiveness** and *flexibility*.

            - call back within 24 hours
            - name a stand-in

            > They replied the same day.
            >
            > — customer, kick-off

            | keyword | answers |
            |---|---:|
            | documentation | 7 |

            <script>alert(1)</script>
            """, headingOffset: 1);

        var heading = Assert.IsType<Heading>(blocks[0]);
        Assert.Equal((2, "Answer fast", false), (heading.Level, heading.Text, heading.Numbered));
        var paragraph = Assert.IsType<Paragraph>(blocks[1]);
        Assert.Contains(new TextRun("responsiveness", Bold: true), paragraph.Runs);
        Assert.Contains(new TextRun("flexibility", Italic: true), paragraph.Runs);
        var list = Assert.IsType<BulletList>(blocks[2]);
        Assert.Equal(2, list.Items.Count);
        var quote = Assert.IsType<Quote>(blocks[3]);
        Assert.Equal("customer, kick-off", quote.Attribution);
        Assert.Equal("They replied the same day.", string.Concat(quote.Runs.Select(r => r.Text)));
        var table = Assert.IsType<Table>(blocks[4]);
        Assert.Equal(["keyword", "answers"], table.Header);
        Assert.Equal(["documentation", "7"], table.Rows.Single());
        Assert.Equal([1], table.RightAligned);
        Assert.Equal("<script>alert(1)</script>", string.Concat(Assert.IsType<Paragraph>(blocks[5]).Runs.Select(r => r.Text)));
    }
}

using Dyad.Core.Handbook;
using Dyad.Documents;

namespace Dyad.Data.Handbook;

/// <summary>
/// The handbook as a PDF: the cover names the workspace and the version, each chapter starts a page, each section is a
/// numbered heading over its Markdown.
/// </summary>
internal static class HandbookPdf
{
    public static byte[] Write(string title, string workspace, IReadOnlyList<string> coverLines, IReadOnlyList<SectionSnapshot> sections)
    {
        var blocks = new List<Block>();
        foreach (var chapter in HandbookMarkdown.Chapters(sections))
        {
            blocks.Add(new Heading(1, chapter.Key));
            foreach (var section in chapter)
            {
                blocks.Add(new Heading(2, section.Title));
                // A section's own headings sit below its title.
                blocks.AddRange(MarkdownBlocks.Parse(section.Markdown, headingOffset: 2));
            }
        }
        return PdfDocumentWriter.Write(new DocumentSpec(title, workspace, coverLines, blocks));
    }
}

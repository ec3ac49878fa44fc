using System.Globalization;
using System.Text;

namespace Dyad.Core.Handbook;

/// <summary>
/// The handbook as one Markdown file: its title, a line on the version, then each chapter (numbered "1 General guidelines")
/// with its sections ("1.2 Feel of importance and support") and their text as written.
/// </summary>
public static class HandbookMarkdown
{
    public static string Write(string title, string subtitle, IReadOnlyList<SectionSnapshot> sections)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"# {title}\n\n*{subtitle}*\n");
        foreach (var (chapterNumber, chapter) in Chapters(sections).Index())
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {chapterNumber + 1} {chapter.Key}\n");
            foreach (var (sectionNumber, section) in chapter.Index())
            {
                text.Append(CultureInfo.InvariantCulture, $"\n### {chapterNumber + 1}.{sectionNumber + 1} {section.Title}\n\n")
                    .Append(section.Markdown.TrimEnd())
                    .Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>Sections grouped by chapter in the order chapters first appear.</summary>
    public static IReadOnlyList<IGrouping<string, SectionSnapshot>> Chapters(IReadOnlyList<SectionSnapshot> sections) =>
        sections.GroupBy(s => s.ChapterTitle, StringComparer.Ordinal).ToList();
}

using Dyad.Core.Common;
using Dyad.Core.Handbook;
using HandbookAggregate = Dyad.Core.Handbook.Handbook;

namespace Dyad.Core.Tests.Handbook;

public class HandbookTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static GeneratedHandbook Generated(params (string Key, string Text)[] sections) =>
        new("Handbook", sections.Select(s => new GeneratedSection(s.Key, HandbookChapters.CustomerInterface, s.Key, s.Text)).ToList());

    [Fact]
    public void Regenerating_replaces_untouched_sections_and_keeps_edited_ones_flagging_those_whose_generated_text_moved_on()
    {
        var handbook = HandbookAggregate.Create(Guid.NewGuid(), Generated(("a", "A1"), ("b", "B1"), ("c", "C1")), "cx", At);
        handbook.Edit("b", "My B", 1, "anna", At);
        handbook.Edit("c", "My C", 2, "anna", At);

        var summary = handbook.Regenerate(Generated(("a", "A2"), ("b", "B2"), ("c", "C1")), 3, "cx", At);

        Assert.Equal(4, handbook.Version);
        Assert.Equal(["A2", "My B", "My C"], handbook.Sections.Select(s => s.Markdown));
        Assert.Equal([false, true, false], handbook.Sections.Select(s => s.GeneratedChanged));
        Assert.Equal("B2", handbook.Sections[1].Generated);
        Assert.Equal(new RegenerationSummary(0, 1, 2, 1, 0), summary);
    }

    [Fact]
    public void An_edited_section_the_generation_no_longer_writes_stays_retired_and_an_untouched_one_goes()
    {
        var handbook = HandbookAggregate.Create(Guid.NewGuid(), Generated(("a", "A"), ("b", "B"), ("c", "C")), "cx", At);
        handbook.Edit("b", "Mine", 1, "anna", At);

        var summary = handbook.Regenerate(Generated(("a", "A")), null, "cx", At);

        Assert.Equal(["a", "b"], handbook.Sections.Select(s => s.Key));
        Assert.True(handbook.Sections[1].Retired);
        Assert.Equal(1, summary.Removed);

        handbook.Revert("b", handbook.Version, "anna", At);
        Assert.Equal(["a"], handbook.Sections.Select(s => s.Key));
    }

    [Fact]
    public void Reverting_takes_the_generated_text_back_and_clears_the_flag()
    {
        var handbook = HandbookAggregate.Create(Guid.NewGuid(), Generated(("a", "A1")), "cx", At);
        handbook.Edit("a", "Mine", 1, "anna", At);
        handbook.Regenerate(Generated(("a", "A2")), 2, "cx", At);

        handbook.Revert("a", 3, "anna", At);

        var section = handbook.Sections.Single();
        Assert.Equal(("A2", false, false, null), (section.Markdown, section.Edited, section.GeneratedChanged, section.EditedBy));
    }

    [Fact]
    public void A_change_made_on_an_older_version_is_refused()
    {
        var handbook = HandbookAggregate.Create(Guid.NewGuid(), Generated(("a", "A")), "cx", At);
        handbook.Edit("a", "First", 1, "anna", At);

        Assert.Throws<ConflictException>(() => handbook.Edit("a", "Second", 1, "ben", At));
        Assert.Equal("First", handbook.Sections.Single().Markdown);
    }

    [Fact]
    public void Editing_an_unknown_section_or_writing_too_much_is_refused_at_its_field()
    {
        var handbook = HandbookAggregate.Create(Guid.NewGuid(), Generated(("a", "A")), "cx", At);

        Assert.Contains("key", Assert.Throws<DomainValidationException>(() => handbook.Edit("zzz", "x", 1, "anna", At)).Errors.Keys);
        Assert.Contains("markdown", Assert.Throws<DomainValidationException>(
            () => handbook.Edit("a", new string('x', HandbookAggregate.MarkdownMaxLength + 1), 1, "anna", At)).Errors.Keys);
    }

    [Fact]
    public void Versions_compare_section_by_section_and_line_by_line()
    {
        var from = new List<SectionSnapshot> { new("a", "C", "A", "one\ntwo\nthree"), new("b", "C", "B", "gone") };
        var to = new List<SectionSnapshot> { new("a", "C", "A", "one\n2\nthree"), new("n", "C", "N", "new") };

        var diff = HandbookDiff.Compare(from, to);

        Assert.Equal([("a", SectionChange.Changed), ("n", SectionChange.Added), ("b", SectionChange.Removed)], diff.Select(d => (d.Key, d.Change)));
        Assert.Equal(
            [new DiffLine(LineChange.Same, "one"), new DiffLine(LineChange.Removed, "two"), new DiffLine(LineChange.Added, "2"), new DiffLine(LineChange.Same, "three")],
            diff[0].Lines);
    }

    [Fact]
    public void The_markdown_export_numbers_chapters_and_sections()
    {
        var markdown = HandbookMarkdown.Write("Handbook", "Version 3", [new("g.a", "General guidelines", "About", "Text"), new("c.r", "Customer interface", "Responsiveness", "Answer")]);

        Assert.Equal("# Handbook\n\n*Version 3*\n\n## 1 General guidelines\n\n### 1.1 About\n\nText\n\n## 2 Customer interface\n\n### 2.1 Responsiveness\n\nAnswer\n", markdown);
    }
}

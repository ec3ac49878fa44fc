namespace Dyad.Core.Handbook;

/// <summary>
/// A section of the stored handbook. <see cref="Markdown"/> is what readers see; <see cref="Generated"/> is what the last
/// generation wrote for it. <see cref="Edited"/> marks text a person wrote, which regeneration never overwrites;
/// <see cref="GeneratedChanged"/> then says the generated text moved on since (the editor may want to look), and
/// <see cref="Retired"/> that the last generation no longer writes this section at all (its keyword went), kept because
/// someone edited it.
/// </summary>
public sealed record HandbookSection(
    string Key, string ChapterKey, string ChapterTitle, string Title, string Markdown, string Generated,
    bool Edited = false, bool GeneratedChanged = false, bool Retired = false, string? EditedBy = null, DateTimeOffset? EditedAt = null);

/// <summary>A section as a version keeps it: enough to read, export and compare that version.</summary>
public sealed record SectionSnapshot(string Key, string ChapterTitle, string Title, string Markdown);

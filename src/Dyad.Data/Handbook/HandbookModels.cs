using Dyad.Core.Handbook;

namespace Dyad.Data.Handbook;

/// <summary>A section as the page and the API show it; <see cref="GeneratedMarkdown"/> is there to compare an edit with.</summary>
public sealed record HandbookSectionView(
    string Key, string ChapterKey, string ChapterTitle, string Title, string Markdown, string GeneratedMarkdown,
    bool Edited, bool GeneratedChanged, bool Retired, string? EditedBy, DateTimeOffset? EditedAt)
{
    internal static HandbookSectionView Of(HandbookSection s) =>
        new(s.Key, s.ChapterKey, s.ChapterTitle, s.Title, s.Markdown, s.Generated, s.Edited, s.GeneratedChanged, s.Retired, s.EditedBy, s.EditedAt);
}

/// <summary>The workspace's handbook at its current <see cref="Version"/>, the one a change must name.</summary>
public sealed record HandbookView(
    string Title, int Version, DateTimeOffset GeneratedAt, string GeneratedBy, DateTimeOffset UpdatedAt, string UpdatedBy,
    IReadOnlyList<HandbookSectionView> Sections)
{
    internal static HandbookView Of(Core.Handbook.Handbook h) =>
        new(h.Title, h.Version, h.GeneratedAt, h.GeneratedBy, h.UpdatedAt, h.UpdatedBy, h.Sections.Select(HandbookSectionView.Of).ToList());
}

/// <summary>A section's new text, made against <see cref="Version"/> of the handbook.</summary>
public sealed record SectionEdit(string? Markdown, int Version);

/// <summary>A change that names the handbook version it was made against.</summary>
public sealed record VersionedChange(int Version);

/// <summary>What a regeneration did, and the handbook after it.</summary>
public sealed record RegenerationResult(RegenerationSummary Summary, HandbookView Handbook);

public sealed record HandbookVersionSummary(int Number, DateTimeOffset CreatedAt, string CreatedBy, string Change);

public sealed record HandbookVersionView(int Number, string Title, DateTimeOffset CreatedAt, string CreatedBy, string Change, IReadOnlyList<SectionSnapshot> Sections);

/// <summary>The sections that differ from version <see cref="From"/> to version <see cref="To"/>.</summary>
public sealed record HandbookComparison(int From, int To, IReadOnlyList<SectionDiff> Sections);

/// <summary>An exported file: its name, media type and bytes.</summary>
public sealed record HandbookFile(string FileName, string ContentType, byte[] Content);

public static class HandbookFormats
{
    public const string Pdf = "pdf";
    public const string Markdown = "md";

    public static readonly IReadOnlyList<string> All = [Pdf, Markdown];
}

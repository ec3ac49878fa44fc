using Dyad.Core.Common;

namespace Dyad.Core.Handbook;

/// <summary>What a regeneration did: sections added, updated, kept because edited (and of those, flagged), retired and removed.</summary>
public sealed record RegenerationSummary(int Added, int Updated, int KeptEdited, int Flagged, int Removed)
{
    public string Describe() =>
        $"Regenerated: {Added} added, {Updated} updated, {KeptEdited} kept with manual edits ({Flagged} flagged), {Removed} removed";
}

/// <summary>
/// A workspace's employee handbook (004): generated from the insights, then edited section by section. Every change bumps
/// <see cref="Version"/>; a change made against an older version is refused, so two editors never overwrite each other
/// silently.
/// </summary>
public sealed class Handbook : IWorkspaceOwned
{
    public const int MarkdownMaxLength = 50_000;

    private Handbook() { }

    private Handbook(Guid workspaceId, string title)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        Title = title;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Title { get; private set; } = "";
    public int Version { get; private set; }
    public IReadOnlyList<HandbookSection> Sections { get; private set; } = [];
    public DateTimeOffset GeneratedAt { get; private set; }
    public string GeneratedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public static Handbook Create(Guid workspaceId, GeneratedHandbook generated, string by, DateTimeOffset at)
    {
        var handbook = new Handbook(workspaceId, generated.Title);
        handbook.Regenerate(generated, expectedVersion: null, by, at);
        return handbook;
    }

    /// <summary>
    /// Takes the new generation. A section nobody edited takes the new text; an edited one keeps its text and is flagged
    /// when the generated text differs from what it was when last generated; an edited section the generation no longer
    /// writes stays, retired; an unedited one goes. Sections follow the new generation's order, retired ones at the end of
    /// their chapter.
    /// </summary>
    public RegenerationSummary Regenerate(GeneratedHandbook generated, int? expectedVersion, string by, DateTimeOffset at)
    {
        CheckVersion(expectedVersion);
        var old = Sections.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var (added, updated, kept, flagged) = (0, 0, 0, 0);
        var next = new List<HandbookSection>();
        foreach (var section in generated.Sections)
        {
            if (!old.TryGetValue(section.Key, out var before))
            {
                added++;
                next.Add(new HandbookSection(section.Key, section.Chapter.Key, section.Chapter.Title, section.Title, section.Markdown, section.Markdown));
            }
            else if (before.Edited)
            {
                kept++;
                var changed = before.GeneratedChanged || before.Retired || before.Generated != section.Markdown;
                flagged += changed ? 1 : 0;
                next.Add(before with { ChapterTitle = section.Chapter.Title, Generated = section.Markdown, GeneratedChanged = changed, Retired = false });
            }
            else
            {
                updated += before.Markdown != section.Markdown ? 1 : 0;
                next.Add(before with { ChapterTitle = section.Chapter.Title, Title = section.Title, Markdown = section.Markdown, Generated = section.Markdown });
            }
        }
        var generatedKeys = generated.Sections.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var removed = Sections.Count(s => !generatedKeys.Contains(s.Key) && !s.Edited);
        foreach (var retired in Sections.Where(s => !generatedKeys.Contains(s.Key) && s.Edited))
        {
            kept++;
            flagged += 1;
            var place = next.FindLastIndex(s => s.ChapterKey == retired.ChapterKey);
            next.Insert(place < 0 ? next.Count : place + 1, retired with { Retired = true, GeneratedChanged = true });
        }
        Title = generated.Title;
        Sections = next;
        GeneratedAt = at;
        GeneratedBy = by;
        Touch(by, at);
        return new RegenerationSummary(added, updated, kept, flagged, removed);
    }

    /// <summary>Replaces a section's text by a person's; from now on regeneration keeps it.</summary>
    /// <returns>The section's title, for the version's description.</returns>
    public string Edit(string key, string? markdown, int expectedVersion, string by, DateTimeOffset at)
    {
        CheckVersion(expectedVersion);
        var index = IndexOf(key);
        var text = (markdown ?? "").Replace("\r\n", "\n").Trim();
        var errors = new FieldErrors();
        if (text.Length > MarkdownMaxLength)
        {
            errors.Add("markdown", $"A section holds at most {MarkdownMaxLength} characters.");
        }
        errors.ThrowIfAny();
        Sections = Sections.Select((s, i) => i != index ? s : s with
        {
            Markdown = text, Edited = true, GeneratedChanged = false, EditedBy = by, EditedAt = at,
        }).ToList();
        Touch(by, at);
        return Sections[index].Title;
    }

    /// <summary>Drops a person's text for the last generated one; a retired section, which has none, is removed.</summary>
    /// <returns>The section's title, for the version's description.</returns>
    public string Revert(string key, int expectedVersion, string by, DateTimeOffset at)
    {
        CheckVersion(expectedVersion);
        var index = IndexOf(key);
        var section = Sections[index];
        Sections = section.Retired
            ? Sections.Where((_, i) => i != index).ToList()
            : Sections.Select((s, i) => i != index ? s : s with
            {
                Markdown = s.Generated, Edited = false, GeneratedChanged = false, EditedBy = null, EditedAt = null,
            }).ToList();
        Touch(by, at);
        return section.Title;
    }

    public IReadOnlyList<SectionSnapshot> Snapshot() =>
        Sections.Select(s => new SectionSnapshot(s.Key, s.ChapterTitle, s.Title, s.Markdown)).ToList();

    public bool Has(string key) => Sections.Any(s => s.Key == key);

    private int IndexOf(string key)
    {
        var index = Sections.ToList().FindIndex(s => s.Key == key);
        return index >= 0 ? index : throw DomainValidationException.For("key", $"The handbook has no section '{key}'.");
    }

    private void CheckVersion(int? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != Version)
        {
            throw new ConflictException($"The handbook changed since you read it (version {expected}, now {Version}); reload it and make your change again.");
        }
    }

    private void Touch(string by, DateTimeOffset at)
    {
        Version++;
        UpdatedAt = at;
        UpdatedBy = by;
    }
}

namespace Dyad.Core.Handbook;

public enum LineChange
{
    Same,
    Added,
    Removed,
}

public sealed record DiffLine(LineChange Change, string Text);

public enum SectionChange
{
    Added,
    Removed,
    Changed,
}

/// <summary>One section that differs between two versions, with its lines compared when it changed.</summary>
public sealed record SectionDiff(string Key, string ChapterTitle, string Title, SectionChange Change, IReadOnlyList<DiffLine> Lines);

/// <summary>Compares two versions of a handbook section by section, and a changed section line by line.</summary>
public static class HandbookDiff
{
    /// <summary>The sections that differ, in the newer version's order, then those the newer one dropped.</summary>
    public static IReadOnlyList<SectionDiff> Compare(IReadOnlyList<SectionSnapshot> from, IReadOnlyList<SectionSnapshot> to)
    {
        var before = from.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var after = to.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var diffs = new List<SectionDiff>();
        foreach (var section in to)
        {
            if (!before.TryGetValue(section.Key, out var old))
            {
                diffs.Add(new SectionDiff(section.Key, section.ChapterTitle, section.Title, SectionChange.Added, Lines("", section.Markdown)));
            }
            else if (old.Markdown != section.Markdown || old.Title != section.Title)
            {
                diffs.Add(new SectionDiff(section.Key, section.ChapterTitle, section.Title, SectionChange.Changed, Lines(old.Markdown, section.Markdown)));
            }
        }
        diffs.AddRange(from.Where(s => !after.Contains(s.Key))
            .Select(s => new SectionDiff(s.Key, s.ChapterTitle, s.Title, SectionChange.Removed, Lines(s.Markdown, ""))));
        return diffs;
    }

    /// <summary>A line diff by longest common subsequence: lines kept, removed from the old text and added in the new.</summary>
    public static IReadOnlyList<DiffLine> Lines(string from, string to) => Lines(Split(from), Split(to));

    private static IReadOnlyList<DiffLine> Lines(string[] a, string[] b)
    {
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var lines = new List<DiffLine>();
        var (x, y) = (0, 0);
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                lines.Add(new DiffLine(LineChange.Same, a[x]));
                (x, y) = (x + 1, y + 1);
            }
            else if (common[x + 1, y] >= common[x, y + 1])
            {
                lines.Add(new DiffLine(LineChange.Removed, a[x++]));
            }
            else
            {
                lines.Add(new DiffLine(LineChange.Added, b[y++]));
            }
        }
        lines.AddRange(a.Skip(x).Select(l => new DiffLine(LineChange.Removed, l)));
        lines.AddRange(b.Skip(y).Select(l => new DiffLine(LineChange.Added, l)));
        return lines;
    }

    private static string[] Split(string text) => text.Length == 0 ? [] : text.Replace("\r\n", "\n").Split('\n');
}

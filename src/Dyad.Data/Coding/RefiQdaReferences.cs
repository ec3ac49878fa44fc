using Dyad.Core.Common;

namespace Dyad.Data.Coding;

/// <summary>
/// Checks what the schema cannot: that codes and sources have GUIDs of their own, that every coding names a
/// code of the code book, that every text kept in the package is there, and that every selection lies
/// within its text. Run before anything is written, so a broken file changes nothing.
/// </summary>
internal static class RefiQdaReferences
{
    private const int ReportedProblems = 10;

    /// <returns>Each text source's text, where the file has it, by the source's GUID.</returns>
    /// <exception cref="DomainValidationException">Naming up to ten of the problems found.</exception>
    public static async Task<IReadOnlyDictionary<Guid, string>> CheckAsync(QdaProject project, RefiQdaPackage package, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var codes = new HashSet<Guid>();
        foreach (var code in project.Codes.SelectMany(c => c.SelfAndDescendants()).Where(c => !codes.Add(c.Guid)))
        {
            problems.Add($"The code book has more than one code with the GUID {code.Guid} ('{code.Name}').");
        }
        var sources = new HashSet<Guid>();
        var texts = new Dictionary<Guid, string>();
        foreach (var source in project.TextSources)
        {
            var name = NameOf(source);
            if (!sources.Add(source.Guid))
            {
                problems.Add($"More than one source has the GUID {source.Guid}, among them {name}.");
            }
            foreach (var coding in source.Codings.Concat(source.Selections.SelectMany(s => s.Codings)).Where(c => !codes.Contains(c.CodeGuid)))
            {
                problems.Add($"Source {name} is coded with {coding.CodeGuid}, which is no code of the code book.");
            }
            var text = source.PlainTextContent;
            if (text is null && RefiQdaPackage.IsInternal(source.PlainTextPath))
            {
                text = await package.ReadTextAsync(source.PlainTextPath!, cancellationToken);
                if (text is null)
                {
                    problems.Add($"Source {name} keeps its text in {source.PlainTextPath}, which the file does not contain.");
                }
            }
            if (text is null)
            {
                continue;
            }
            texts[source.Guid] = text;
            var length = text.EnumerateRunes().Count();
            foreach (var selection in source.Selections.Where(s => s.Start < 0 || s.End < s.Start || s.End > length))
            {
                problems.Add($"Source {name}: the selection from {selection.Start} to {selection.End} lies outside its text of {length} characters.");
            }
        }
        if (problems.Count > 0)
        {
            var reported = problems.Take(ReportedProblems).ToList();
            if (problems.Count > ReportedProblems)
            {
                reported.Add($"... and {problems.Count - ReportedProblems} more problems of the same kinds.");
            }
            throw new DomainValidationException(new Dictionary<string, string[]> { [RefiQdaPackage.Field] = [.. reported] });
        }
        return texts;
    }

    public static string NameOf(QdaTextSource source) => source.Name is { Length: > 0 } name ? $"'{name}'" : source.Guid.ToString();
}

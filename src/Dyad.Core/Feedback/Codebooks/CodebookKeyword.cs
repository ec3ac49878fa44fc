namespace Dyad.Core.Feedback.Codebooks;

/// <summary>
/// One keyword of a codebook: the name answers are coded with, the question topic it applies to (null:
/// every topic), and the synonyms and patterns that also count as naming it. The keyword itself matches too.
/// </summary>
public sealed record CodebookKeyword(string Keyword, string? Topic, IReadOnlyList<string> Synonyms);

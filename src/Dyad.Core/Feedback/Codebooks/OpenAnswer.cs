namespace Dyad.Core.Feedback.Codebooks;

/// <summary>An open-text answer to be coded: its id, the topic of the question it answers, and its text.</summary>
public sealed record OpenAnswer(string Id, string? Topic, string Text);

/// <summary>An answer with the keywords it is coded with, in codebook order (manual additions after them).</summary>
public sealed record CodedAnswer(string Id, string? Topic, IReadOnlyList<string> Keywords);

/// <summary>
/// A correction made by hand: <see cref="Applied"/> true adds the keyword to the answer, false takes it away
/// even when the codebook finds it.
/// </summary>
public sealed record ManualCode(string AnswerId, string Keyword, bool Applied);

using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.JourneyDesign;

namespace Dyad.Core.Handbook;

/// <summary>Who said something that goes into the handbook: a customer answering a survey or an employee writing a note.</summary>
public enum VoiceSource
{
    Customer,
    Employee,
}

/// <summary>
/// One open answer of a customer or one employee note, as coded: its question topic (answers only), its keywords with the
/// manual corrections applied, its red or green card, who said it (for the attribution line) and when.
/// <see cref="Context"/> is anything else that tells which function it concerns (a respondent's unit, a note's role).
/// </summary>
public sealed record HandbookVoice(
    VoiceSource Source, string Text, string? Topic, IReadOnlyList<string> Keywords, FeedbackCard? Card, string Attribution, DateOnly Date,
    string? Context = null);

/// <summary>
/// One practice used in a critical event: the practice and its catalogue key, the event's case id, title and texts (what
/// happened, what the provider did, the reaction and outcome), the provider staff involved and the role that leads the
/// event's phase, and what the event did to the experience.
/// </summary>
public sealed record HandbookPracticeUse(
    PracticeInEvent Use, string? PracticeKey, string CaseId, string EventTitle, string EventText, string? ProviderStaff, string? PhaseLeadRole);

/// <summary>
/// What a handbook is generated from: the workspace's name, its codebooks' keywords in codebook order, the customers'
/// answers and employees' notes, and the practices of its critical events.
/// </summary>
public sealed record HandbookInputs(
    string WorkspaceName, IReadOnlyList<CodebookKeyword> Keywords, IReadOnlyList<HandbookVoice> Voices, IReadOnlyList<HandbookPracticeUse> Practices);

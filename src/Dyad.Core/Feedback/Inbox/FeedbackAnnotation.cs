using Dyad.Core.Common;
using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Codebooks;

namespace Dyad.Core.Feedback.Inbox;

/// <summary>A keyword put on (<see cref="Applied"/>) or taken off a piece of feedback by hand.</summary>
public sealed record KeywordCorrection(string Keyword, bool Applied);

/// <summary>
/// What people decided about one piece of feedback, kept apart from the text it annotates: the keywords corrected by
/// hand and the card given by hand. Its id is the feedback's id, so re-coding finds the decisions again.
/// </summary>
public sealed class FeedbackAnnotation : IWorkspaceOwned
{
    private FeedbackAnnotation() { }

    public FeedbackAnnotation(Guid workspaceId, Guid feedbackId)
    {
        Id = feedbackId;
        WorkspaceId = workspaceId;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public IReadOnlyList<KeywordCorrection> Corrections { get; private set; } = [];
    public FeedbackCard? Card { get; private set; }

    /// <summary>
    /// Makes the feedback's codes exactly <paramref name="keywords"/>: each is recorded as applied by hand, and each
    /// automatic code left out as taken off, so a later change of the codebook neither removes a confirmed code nor
    /// brings back a rejected one. Keywords the codebook starts finding later are still added automatically.
    /// </summary>
    public void SetCodes(IReadOnlyList<string> automatic, IEnumerable<string?> keywords)
    {
        var chosen = keywords.Select(Blank.ToNull).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var errors = new FieldErrors();
        foreach (var (index, keyword) in chosen.Index())
        {
            errors.MaxLength($"keywords[{index}]", keyword, Codebook.MaxKeywordLength, "Keyword");
        }
        errors.ThrowIfAny();
        var removed = automatic.Concat(Corrections.Where(c => !c.Applied).Select(c => c.Keyword))
            .Where(k => !chosen.Contains(k, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        Corrections = chosen.Select(k => new KeywordCorrection(k, true)).Concat(removed.Select(k => new KeywordCorrection(k, false))).ToArray();
    }

    /// <summary>The feedback's codes: the automatic ones with the corrections on top (<see cref="KeywordCoding.Apply"/>).</summary>
    public IReadOnlyList<string> CodesFrom(IReadOnlyList<string> automatic) =>
        KeywordCoding.Apply(automatic, Corrections.Select(c => new ManualCode(Id.ToString(), c.Keyword, c.Applied)));

    /// <summary>Gives a card by hand; null goes back to the card the sentiment suggests.</summary>
    public void SetCard(FeedbackCard? card) => Card = card;
}

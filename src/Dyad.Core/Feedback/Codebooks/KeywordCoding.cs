namespace Dyad.Core.Feedback.Codebooks;

/// <summary>
/// Automatic coding from a codebook, with the corrections made by hand on top: a manual code always wins,
/// so re-coding after the codebook changed keeps every correction.
/// </summary>
public static class KeywordCoding
{
    public static IReadOnlyList<CodedAnswer> Code(Codebook codebook, IEnumerable<OpenAnswer> answers, IEnumerable<ManualCode>? corrections = null)
    {
        var byAnswer = (corrections ?? []).ToLookup(c => c.AnswerId, StringComparer.Ordinal);
        return answers
            .Select(a => new CodedAnswer(a.Id, a.Topic, Apply(codebook.Code(a.Topic, a.Text), byAnswer[a.Id])))
            .ToArray();
    }

    /// <summary>
    /// The final codes of one answer: the automatic ones, minus those removed by hand, plus those added by
    /// hand. Of several corrections of one keyword the last counts.
    /// </summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> automatic, IEnumerable<ManualCode> corrections)
    {
        var decided = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var added = new List<string>();
        foreach (var correction in corrections)
        {
            decided[correction.Keyword] = correction.Applied;
            if (correction.Applied && !added.Contains(correction.Keyword, StringComparer.OrdinalIgnoreCase))
            {
                added.Add(correction.Keyword);
            }
        }
        var kept = automatic.Where(k => !decided.TryGetValue(k, out var applied) || applied);
        var extra = added.Where(k => decided[k] && !automatic.Contains(k, StringComparer.OrdinalIgnoreCase));
        return kept.Concat(extra).ToArray();
    }
}

namespace Dyad.Core.Feedback.Analysis;

/// <summary>
/// The 004 crossing of its three open questions: <see cref="Strengths"/> are keywords named as important and
/// as done well but never as to improve (004: product); <see cref="Weaknesses"/> are important keywords named
/// as to improve; <see cref="Ambivalent"/> are those among them also named as done well (004: responsiveness,
/// communication — customers name the same keyword as strength and weakness).
/// </summary>
public sealed record StrengthsAndWeaknesses(IReadOnlyList<string> Strengths, IReadOnlyList<string> Weaknesses, IReadOnlyList<string> Ambivalent)
{
    /// <summary>
    /// Pass every keyword named at all as done well and as to improve (no threshold: a single request to
    /// improve is enough to doubt a strength), and the important keywords in the order to report them.
    /// </summary>
    public static StrengthsAndWeaknesses Cross(IEnumerable<string> important, IEnumerable<string> doneWell, IEnumerable<string> toImprove)
    {
        var well = doneWell.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var improve = toImprove.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var keywords = important.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return new StrengthsAndWeaknesses(
            keywords.Where(k => well.Contains(k) && !improve.Contains(k)).ToArray(),
            keywords.Where(improve.Contains).ToArray(),
            keywords.Where(k => well.Contains(k) && improve.Contains(k)).ToArray());
    }
}

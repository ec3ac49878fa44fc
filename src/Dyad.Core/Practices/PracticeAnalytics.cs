using Dyad.Core.Events;

namespace Dyad.Core.Practices;

/// <summary>One practice coded in one event: the unit every practice analysis counts.</summary>
public sealed record CodedPractice(int Phase, PracticeDefinition Practice, PracticeMode? Mode, ExperienceChange Experience, Guid AccountId);

/// <summary>How often a practice was used in one quadrant of the circumplex in one phase (000 Figure 1).</summary>
public sealed record CircumplexPlacement(PracticeDefinition Practice, CircumplexQuadrant Quadrant, int Phase, int Count, RecurrenceLevel Level)
{
    public PracticeEffect Effect => Quadrant is CircumplexQuadrant.AdHocReactive or CircumplexQuadrant.RegularReactive
        ? PracticeEffect.Restore
        : PracticeEffect.Bolster;
}

public sealed record EffectShare(int Phase, int Restore, int Bolster)
{
    public decimal? RestoreShare => Restore + Bolster == 0 ? null : (decimal)Restore / (Restore + Bolster);
}

/// <summary>A practice's record in a phase: in how many events the experience improved, held or worsened after it.</summary>
public sealed record PlaybookEntry(int Phase, PracticeDefinition Practice, int Improved, int Unchanged, int Worsened)
{
    public int Events => Improved + Unchanged + Worsened;

    /// <summary>Net share of events that improved: +1 when every one did, -1 when every one worsened.</summary>
    public decimal NetImprovement => Events == 0 ? 0 : (decimal)(Improved - Worsened) / Events;
}

public sealed record DestructionFlag(Guid AccountId, PracticeDefinition Practice, int Count);

public static class PracticeAnalytics
{
    /// <summary>Places each typed practice in its quadrant, per phase, with its recurrence level.</summary>
    public static IReadOnlyList<CircumplexPlacement> Circumplex(IEnumerable<CodedPractice> coded) =>
        coded.Where(c => c.Mode is not null)
            .GroupBy(c => (c.Practice.Key, c.Mode!.Value.Quadrant, c.Phase))
            .Select(g => new CircumplexPlacement(g.First().Practice, g.Key.Quadrant, g.Key.Phase, g.Count(), Recurrence.LevelFor(g.Count())))
            .OrderBy(p => p.Phase).ThenBy(p => p.Quadrant).ThenByDescending(p => p.Count).ThenBy(p => p.Practice.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Restoring versus bolstering practices per phase, counting only typed instances.</summary>
    public static IReadOnlyList<EffectShare> EffectsByPhase(IEnumerable<CodedPractice> coded, IEnumerable<int> phases)
    {
        var typed = coded.Where(c => c.Mode is not null).ToList();
        return phases
            .Select(phase => new EffectShare(
                phase,
                typed.Count(c => c.Phase == phase && c.Mode!.Value.Effect == PracticeEffect.Restore),
                typed.Count(c => c.Phase == phase && c.Mode!.Value.Effect == PracticeEffect.Bolster)))
            .ToList();
    }

    /// <summary>
    /// "What worked in this phase": facilitating practices ranked by how often the experience improved
    /// after events that used them, against how often it worsened.
    /// </summary>
    public static IReadOnlyList<PlaybookEntry> Playbook(IEnumerable<CodedPractice> coded) =>
        coded.Where(c => c.Practice.Polarity == PracticePolarity.Facilitating)
            .GroupBy(c => (c.Phase, c.Practice.Key))
            .Select(g => new PlaybookEntry(g.Key.Phase, g.First().Practice,
                g.Count(c => c.Experience.Improved), g.Count(c => !c.Experience.Improved && !c.Experience.Worsened), g.Count(c => c.Experience.Worsened)))
            .OrderBy(e => e.Phase).ThenByDescending(e => e.NetImprovement).ThenByDescending(e => e.Events).ThenBy(e => e.Practice.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Destructing activities per account, the warning signs 001 names.</summary>
    public static IReadOnlyList<DestructionFlag> Destruction(IEnumerable<CodedPractice> coded) =>
        coded.Where(c => c.Practice.Polarity == PracticePolarity.Destructing)
            .GroupBy(c => (c.AccountId, c.Practice.Key))
            .Select(g => new DestructionFlag(g.Key.AccountId, g.First().Practice, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Practice.Key, StringComparer.Ordinal)
            .ToList();
}

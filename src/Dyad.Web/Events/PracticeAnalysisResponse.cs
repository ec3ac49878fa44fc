using Dyad.Core.Practices;
using Dyad.Data.Events;

namespace Dyad.Web.Events;

/// <summary>
/// The practice analyses of one journey template as the API returns them. The domain's rows carry a whole
/// <see cref="PracticeDefinition"/>; here each row names its practice by key, name and polarity, flat, so
/// clients read a table and the schema stays small.
/// </summary>
public sealed record PracticeAnalysisResponse(
    string TemplateName,
    int EventCount,
    IReadOnlyList<PhaseLabel> Phases,
    IReadOnlyList<RecurrenceResponse> Recurrence,
    IReadOnlyList<CircumplexResponse> Circumplex,
    IReadOnlyList<EffectShareResponse> EffectsByPhase,
    IReadOnlyList<PlaybookResponse> Playbook,
    IReadOnlyList<AccountDestruction> Destruction)
{
    public static PracticeAnalysisResponse From(PracticeAnalysis analysis)
    {
        var phaseNames = analysis.Phases.ToDictionary(p => p.Number, p => p.Name);
        string PhaseName(int phase) => phaseNames.GetValueOrDefault(phase, "");
        return new PracticeAnalysisResponse(
            analysis.TemplateName,
            analysis.EventCount,
            analysis.Phases,
            analysis.Recurrence.Select(r => new RecurrenceResponse(
                r.Phase, PhaseName(r.Phase), r.Practice.Key, r.Practice.Name, r.Polarity, r.Count, r.Level)).ToList(),
            analysis.Circumplex.Select(c => new CircumplexResponse(
                c.Phase, PhaseName(c.Phase), c.Practice.Key, c.Practice.Name, c.Quadrant, c.Effect, c.Count, c.Level)).ToList(),
            analysis.EffectsByPhase.Select(e => new EffectShareResponse(e.Phase, PhaseName(e.Phase), e.Restore, e.Bolster, e.RestoreShare)).ToList(),
            analysis.Playbook.Select(p => new PlaybookResponse(
                p.Phase, PhaseName(p.Phase), p.Practice.Key, p.Practice.Name, p.Improved, p.Unchanged, p.Worsened, p.Events, p.NetImprovement)).ToList(),
            analysis.Destruction);
    }
}

/// <summary>How often a practice was coded in a phase, with 000's recurrence level.</summary>
public sealed record RecurrenceResponse(
    int Phase, string PhaseName, string PracticeKey, string PracticeName, PracticePolarity Polarity, int Count, RecurrenceLevel Level);

/// <summary>How often a practice was used in one quadrant of the circumplex in a phase; only instances with both modes count.</summary>
public sealed record CircumplexResponse(
    int Phase, string PhaseName, string PracticeKey, string PracticeName, CircumplexQuadrant Quadrant, PracticeEffect Effect, int Count, RecurrenceLevel Level);

/// <summary>Restoring against bolstering practice uses in a phase; the share is empty when none has modes.</summary>
public sealed record EffectShareResponse(int Phase, string PhaseName, int Restore, int Bolster, decimal? RestoreShare);

/// <summary>In how many events using a facilitating practice the experience improved, held or worsened.</summary>
public sealed record PlaybookResponse(
    int Phase, string PhaseName, string PracticeKey, string PracticeName, int Improved, int Unchanged, int Worsened, int Events, decimal NetImprovement);

using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Surveys.Results;

/// <summary>
/// The scores a survey's instrument defines over a set of responses; the others are null. A survey of the workspace's
/// own questions has only its response count.
/// </summary>
public sealed record SurveyScores(int Responses, NpsResult? Nps, CsatResult? Csat, CesResult? Ces, ServqualResult? Servqual)
{
    /// <summary>
    /// Scores the answers by the instrument's analysis. Every stored response passed the validator, so a score is on its
    /// scale; a response that skipped an optional score is left out of that score rather than counted as a zero.
    /// </summary>
    public static SurveyScores Of(string? instrument, IReadOnlyCollection<IReadOnlyDictionary<string, Answer>> answers)
    {
        var scores = answers.Select(a => a.TryGetValue(BuiltInInstruments.ScoreQuestion, out var s) ? s.Number : null).OfType<int>();
        return new SurveyScores(answers.Count,
            instrument == BuiltInInstruments.NpsKey ? Surveys.Nps.Of(scores) : null,
            instrument == BuiltInInstruments.CsatKey ? Surveys.Csat.Of(scores) : null,
            instrument == BuiltInInstruments.CesKey ? Surveys.Ces.Of(scores) : null,
            instrument == BuiltInInstruments.ServqualKey ? Surveys.Servqual.Analyze(answers.Select(ServqualAnswers.ToResponse).ToArray()) : null);
    }

    /// <summary>
    /// The questions whose numbers the instrument's scores read (the one score of NPS, CSAT and CES, SERVQUAL's items and
    /// weights), so a store can hand over those numbers alone; null when they read none (a survey of the workspace's own
    /// questions).
    /// </summary>
    public static IReadOnlyList<string>? ScoredQuestionsOf(string? instrument) => instrument switch
    {
        BuiltInInstruments.NpsKey or BuiltInInstruments.CsatKey or BuiltInInstruments.CesKey => ScoreOnly,
        BuiltInInstruments.ServqualKey => ServqualAnswers.NumberKeys,
        _ => null,
    };

    private static readonly IReadOnlyList<string> ScoreOnly = [BuiltInInstruments.ScoreQuestion];

    /// <summary>
    /// The one figure a chart of this instrument follows: NPS in points, the CSAT share in percent, the CES mean, or the
    /// overall SERVQUAL gap; null where the instrument has none or the data leave it undefined.
    /// </summary>
    public double? Headline => Nps?.Score ?? Csat?.Share * 100 ?? Ces?.Mean ?? Servqual?.Gap;
}

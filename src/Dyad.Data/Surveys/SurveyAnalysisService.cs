using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys;

/// <summary>A survey's scores by the existing pure analyses, chosen by the instrument the survey asks.</summary>
public sealed class SurveyAnalysisService(IDbContextFactory<DyadDbContext> contexts)
{
    /// <returns>Null when the survey does not exist in the workspace.</returns>
    public async Task<SurveyAnalysis?> AnalyseAsync(Guid surveyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
        {
            return null;
        }
        var answers = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId).Select(r => r.Answers)
            .ToListAsync(cancellationToken);
        // Every stored response passed the validator, so a score is on its scale; a response that skipped an
        // optional score is left out of that score rather than counted as a zero.
        var scores = answers.Select(a => a.TryGetValue(BuiltInInstruments.ScoreQuestion, out var s) ? s.Number : null).OfType<int>();
        return new SurveyAnalysis(survey.Id, survey.Instrument, answers.Count,
            survey.Instrument == BuiltInInstruments.NpsKey ? Nps.Of(scores) : null,
            survey.Instrument == BuiltInInstruments.CsatKey ? Csat.Of(scores) : null,
            survey.Instrument == BuiltInInstruments.CesKey ? Ces.Of(scores) : null,
            survey.Instrument == BuiltInInstruments.ServqualKey ? Servqual.Analyze(answers.Select(ServqualAnswers.ToResponse).ToArray()) : null);
    }
}

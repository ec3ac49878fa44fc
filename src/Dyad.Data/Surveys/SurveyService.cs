using Dyad.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys;

/// <summary>Designing surveys: create from an instrument or own questions, list, read, change, close.</summary>
public sealed class SurveyService(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<SurveySummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var surveys = await db.Surveys.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var counts = await db.SurveyResponses.GroupBy(r => r.SurveyId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return surveys.Select(s => new SurveySummary(s.Id, s.Name, s.Instrument, s.Status, s.Languages, s.AllowAnonymous, s.CreatedAt,
            counts.GetValueOrDefault(s.Id))).ToList();
    }

    public async Task<SurveyView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return null;
        }
        var responses = await db.SurveyResponses.CountAsync(r => r.SurveyId == id, cancellationToken);
        return new SurveyView(survey.Id, survey.Name, survey.Instrument, survey.Status, survey.Languages, survey.AllowAnonymous,
            survey.CreatedAt, responses, survey.Questions, survey.PublicKey);
    }

    public async Task<Guid> CreateAsync(SurveyDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var survey = new Survey(db.Scope.Required, details, clock.GetUtcNow());
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return survey.Id;
    }

    /// <returns>False when the survey does not exist in the workspace.</returns>
    public async Task<bool> UpdateAsync(Guid id, SurveyDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return false;
        }
        survey.Update(details);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

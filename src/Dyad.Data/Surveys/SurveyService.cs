using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Data.Common;
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

    /// <summary>The survey list's sort keys for the API; <c>name</c> ascending unless asked otherwise.</summary>
    public static readonly CursorSort<Survey> Sorts = new CursorSort<Survey>(s => s.Id)
        .By("name", s => s.Name, SortOrder.Asc)
        .By("created_at", s => s.CreatedAt);

    /// <summary>A page of surveys, optionally of one status or instrument.</summary>
    public async Task<CursorPage<SurveySummary>> PageAsync(SurveyStatus? status, string? instrument, CursorRequest page,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Surveys.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(s => s.Status == wanted);
        }
        if (!string.IsNullOrWhiteSpace(instrument))
        {
            query = query.Where(s => s.Instrument == instrument);
        }
        var surveys = await Sorts.PageAsync(query, page, cancellationToken);
        var ids = surveys.Items.Select(s => s.Id).ToList();
        var counts = await db.SurveyResponses.Where(r => ids.Contains(r.SurveyId)).GroupBy(r => r.SurveyId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return surveys.Select(s => new SurveySummary(s.Id, s.Name, s.Instrument, s.Status, s.Languages, s.AllowAnonymous, s.CreatedAt,
            counts.GetValueOrDefault(s.Id)));
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

    /// <summary>
    /// Creates a draft. An <see cref="SurveyDetails.Instrument"/> that is the id of one of the workspace's instruments
    /// gives the survey a copy of its questions and languages, so later changes to the instrument leave it as it is.
    /// </summary>
    public async Task<Guid> CreateAsync(SurveyDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (Guid.TryParse(details.Instrument, out var instrumentId))
        {
            var instrument = await db.Instruments.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instrumentId, cancellationToken)
                             ?? throw DomainValidationException.For(nameof(details.Instrument), "No instrument of this workspace has this id.");
            if (details.Questions is not null)
            {
                throw DomainValidationException.For(nameof(details.Questions), "Give an instrument or questions of your own, not both.");
            }
            details = details with { Instrument = null, Questions = instrument.Questions, Languages = details.Languages ?? instrument.Languages };
        }
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

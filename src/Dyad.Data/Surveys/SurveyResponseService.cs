using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Data.Actions;
using Dyad.Data.Common;
using Dyad.Data.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys;

/// <summary>Taking responses idempotently and listing them.</summary>
public sealed class SurveyResponseService(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock, FeedbackRouting routing,
    ResponseActionRule actionRule)
{
    /// <summary>
    /// Validates and stores a response, with what it sets off (its negative feedback routed, the detractor rule's action)
    /// in the same save, so a response is never stored without them. With an idempotency key already used on this survey,
    /// the first response comes back and nothing is stored, whatever this call's answers: the key says "this is the same
    /// submission".
    /// </summary>
    /// <returns>Null when the survey does not exist in the workspace.</returns>
    public async Task<SubmittedResponse?> SubmitAsync(Guid surveyId, NewSurveyResponse response, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = Blank.ToNull(response.IdempotencyKey);
        var found = await SurveyToAnswer.ReadAsync(db, surveyId, response.AccountId, response.StakeholderId, key, cancellationToken);
        if (found is null)
        {
            return null;
        }
        if (key is not null && found.KeyUsed)
        {
            return new SubmittedResponse((await FindAsync(db, surveyId, key, cancellationToken))!, false);
        }
        var stored = found.Survey.Respond(response, clock.GetUtcNow());
        CheckRespondent(response, found.Respondent);
        db.SurveyResponses.Add(stored);
        await routing.StageAsync(db, stored, found.Survey, found.Respondent, cancellationToken);
        await actionRule.StageAsync(db, stored, found.Survey, found.Respondent, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (key is not null && DbContextExtensions.IsUniqueViolation(ex))
        {
            // A retry raced the first submission past the lookup above; the first one stored is the answer.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            return new SubmittedResponse((await FindAsync(again, surveyId, key, cancellationToken))!, false);
        }
        return new SubmittedResponse(SurveyResponseView.Of(stored), true);
    }

    /// <summary>The response list's sort keys; <c>submitted_at</c> ascending (oldest first) unless asked otherwise.</summary>
    public static readonly CursorSort<SurveyResponse> Sorts = new CursorSort<SurveyResponse>(r => r.Id)
        .By("submitted_at", r => r.SubmittedAt, SortOrder.Asc);

    /// <summary>A page of the survey's responses, optionally of one account or stakeholder and submitted in [since, until).</summary>
    /// <returns>Null when the survey does not exist in the workspace.</returns>
    public async Task<CursorPage<SurveyResponseView>?> PageAsync(Guid surveyId, ResponseFilter filter, CursorRequest page,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Surveys.AnyAsync(s => s.Id == surveyId, cancellationToken))
        {
            return null;
        }
        var responses = db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId);
        if (filter.AccountId is { } accountId)
        {
            responses = responses.Where(r => r.AccountId == accountId);
        }
        if (filter.StakeholderId is { } stakeholderId)
        {
            responses = responses.Where(r => r.StakeholderId == stakeholderId);
        }
        if (filter.Since is { } since)
        {
            responses = responses.Where(r => r.SubmittedAt >= since);
        }
        if (filter.Until is { } until)
        {
            responses = responses.Where(r => r.SubmittedAt < until);
        }
        return (await Sorts.PageAsync(responses, page, cancellationToken)).Select(SurveyResponseView.Of);
    }

    public async Task<SurveyResponseView?> GetAsync(Guid surveyId, Guid responseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId && r.Id == responseId)
            .Select(r => SurveyResponseView.Of(r)).SingleOrDefaultAsync(cancellationToken);
    }

    private static async Task<SurveyResponseView?> FindAsync(DyadDbContext db, Guid surveyId, string key, CancellationToken cancellationToken) =>
        await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId && r.IdempotencyKey == key)
            .Select(r => SurveyResponseView.Of(r)).SingleOrDefaultAsync(cancellationToken);

    private static void CheckRespondent(NewSurveyResponse response, RespondentDetails respondent)
    {
        var errors = new FieldErrors();
        if (response.AccountId is not null && respondent.AccountName is null)
        {
            errors.Add(nameof(response.AccountId), "Choose an account of this workspace.");
        }
        if (response.StakeholderId is not null && respondent.StakeholderName is null)
        {
            errors.Add(nameof(response.StakeholderId), "Choose a stakeholder of the response's account in this workspace.");
        }
        errors.ThrowIfAny();
    }
}

/// <summary>Which of a survey's responses to list: of one account or stakeholder, submitted from <c>Since</c> (inclusive) until <c>Until</c> (exclusive).</summary>
public sealed record ResponseFilter(Guid? AccountId = null, Guid? StakeholderId = null, DateTimeOffset? Since = null, DateTimeOffset? Until = null);

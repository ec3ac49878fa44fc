using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Data.Actions;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Dyad.Data.Feedback;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Data.Surveys.Respondents;

/// <summary>
/// Answering a survey through a personal invitation link or a survey's anonymous public link. Nobody is signed in:
/// the link's secret finds its workspace, and the work runs in a scope of that workspace alone, so a respondent
/// (or a signed-in user trying a link of another workspace) reaches nothing else.
/// </summary>
public sealed class RespondentService(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Opens an invitation link and marks it opened. Null when no invitation has this token.</summary>
    public Task<RespondentLink?> OpenInvitationAsync(string token, CancellationToken cancellationToken = default) =>
        InInvitationAsync(token, async (services, db, invitation, survey) =>
        {
            var now = clock.GetUtcNow();
            var unusable = invitation.Unusable(survey, now);
            if (unusable is null)
            {
                invitation.MarkOpened(now);
                await db.SaveChangesAsync(cancellationToken);
            }
            return new RespondentLink(await SurveyFor(services, survey, invitation, cancellationToken), unusable, invitation.AnsweredAt);
        }, cancellationToken);

    /// <summary>Keeps the answers given so far on the invitation. False when the link can no longer be answered.</summary>
    public async Task<bool> SaveDraftAsync(string token, IReadOnlyDictionary<string, Answer> answers, CancellationToken cancellationToken = default) =>
        await InInvitationAsync<bool?>(token, async (_, db, invitation, survey) =>
        {
            var now = clock.GetUtcNow();
            if (invitation.Unusable(survey, now) is not null)
            {
                return false;
            }
            invitation.SaveDraft(answers, now);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken) == true;

    /// <summary>
    /// Stores the invitation's one response and marks it answered. The invitation is the idempotency key: a second
    /// submission (a double click, a retry, another tab) finds the first response, even when both raced past the
    /// check, because the database takes one response per invitation. Invalid answers throw a validation failure.
    /// </summary>
    /// <returns>Null when no invitation has this token.</returns>
    public Task<RespondentSubmission?> SubmitInvitationAsync(string token, IReadOnlyDictionary<string, Answer> answers, string? language,
        CancellationToken cancellationToken = default) =>
        InInvitationAsync(token, async (services, db, invitation, survey) =>
        {
            var now = clock.GetUtcNow();
            if (invitation.Unusable(survey, now) is { } unusable)
            {
                return new RespondentSubmission(unusable, invitation.AnsweredAt, invitation.ResponseId, false);
            }
            var response = invitation.Submit(survey, answers, language, now);
            db.SurveyResponses.Add(response);
            var respondent = (await SurveyToAnswer.ReadAsync(db, survey.Id, response.AccountId, response.StakeholderId, null, cancellationToken))!
                .Respondent;
            await services.GetRequiredService<FeedbackRouting>().StageAsync(db, response, survey, respondent, cancellationToken);
            await services.GetRequiredService<ResponseActionRule>().StageAsync(db, response, survey, respondent, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new RespondentSubmission(null, invitation.AnsweredAt, response.Id, true);
            }
            catch (DbUpdateException ex) when (DbContextExtensions.IsUniqueViolation(ex))
            {
                var first = await db.SurveyResponses.AsNoTracking().Where(r => r.InvitationId == invitation.Id)
                    .Select(r => new { r.Id, r.SubmittedAt }).SingleAsync(cancellationToken);
                return new RespondentSubmission(InvitationUnusable.AlreadyAnswered, first.SubmittedAt, first.Id, false);
            }
        }, cancellationToken);

    /// <summary>Opens a survey's anonymous public link. Null when no survey has the key or it takes no anonymous answers.</summary>
    public Task<RespondentLink?> OpenPublicAsync(string key, CancellationToken cancellationToken = default) =>
        InPublicSurveyAsync(key, async (services, survey) =>
            new RespondentLink(await SurveyFor(services, survey, null, cancellationToken),
                survey.Status == SurveyStatus.Open ? null : InvitationUnusable.SurveyNotOpen, null), cancellationToken);

    /// <summary>
    /// Stores an anonymous response; the browser's <paramref name="idempotencyKey"/> makes a repeat return the first.
    /// Null when no survey takes anonymous answers through this key.
    /// </summary>
    public Task<SubmittedResponse?> SubmitPublicAsync(string key, IReadOnlyDictionary<string, Answer> answers, string? language,
        string idempotencyKey, CancellationToken cancellationToken = default) =>
        InPublicSurveyAsync(key, (services, survey) => services.GetRequiredService<SurveyResponseService>()
            .SubmitAsync(survey.Id, new NewSurveyResponse(answers, Language: language, IdempotencyKey: idempotencyKey), cancellationToken),
            cancellationToken);

    private static async Task<RespondentSurvey> SurveyFor(IServiceProvider services, Survey survey, SurveyInvitation? invitation,
        CancellationToken cancellationToken) =>
        new(survey.Id, survey.Name, survey.Questions, survey.Languages, invitation?.Language, invitation?.AsRespondent(),
            await services.GetRequiredService<BrandingService>().GetAsync(cancellationToken),
            invitation?.Draft ?? new Dictionary<string, Answer>());

    private async Task<T?> InInvitationAsync<T>(string token, Func<IServiceProvider, DyadDbContext, SurveyInvitation, Survey, Task<T>> work,
        CancellationToken cancellationToken)
    {
        var hash = SurveyInvitation.HashOf(token);
        var workspaceId = await FindWorkspaceAsync(db => db.SurveyInvitations.IgnoreQueryFilters().Where(i => i.TokenHash == hash)
            .Select(i => (Guid?)i.WorkspaceId), cancellationToken);
        if (workspaceId is null)
        {
            return default;
        }
        await using var scope = Enter(workspaceId.Value);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DyadDbContext>>().CreateDbContextAsync(cancellationToken);
        var invitation = await db.SurveyInvitations.SingleAsync(i => i.TokenHash == hash, cancellationToken);
        var survey = await db.Surveys.AsNoTracking().SingleAsync(s => s.Id == invitation.SurveyId, cancellationToken);
        return await work(scope.ServiceProvider, db, invitation, survey);
    }

    private async Task<T?> InPublicSurveyAsync<T>(string key, Func<IServiceProvider, Survey, Task<T>> work, CancellationToken cancellationToken)
    {
        var workspaceId = await FindWorkspaceAsync(db => db.Surveys.IgnoreQueryFilters().Where(s => s.PublicKey == key)
            .Select(s => (Guid?)s.WorkspaceId), cancellationToken);
        if (workspaceId is null)
        {
            return default;
        }
        await using var scope = Enter(workspaceId.Value);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DyadDbContext>>().CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking().SingleAsync(s => s.PublicKey == key, cancellationToken);
        if (!survey.OpensPublicly(key))
        {
            return default;
        }
        return await work(scope.ServiceProvider, survey);
    }

    /// <summary>The only query that crosses workspaces: which one a link's secret belongs to.</summary>
    private async Task<Guid?> FindWorkspaceAsync(Func<DyadDbContext, IQueryable<Guid?>> query, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DyadDbContext>>().CreateDbContextAsync(cancellationToken);
        return await query(db).SingleOrDefaultAsync(cancellationToken);
    }

    private AsyncServiceScope Enter(Guid workspaceId)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
        scope.ServiceProvider.GetRequiredService<AuditContext>().ActAs(AuditActor.Respondent);
        return scope;
    }
}

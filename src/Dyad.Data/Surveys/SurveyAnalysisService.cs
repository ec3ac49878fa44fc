using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Results;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Surveys;

/// <summary>A survey's scores by the existing pure analyses, chosen by the instrument the survey asks, broken down and over time.</summary>
public sealed class SurveyAnalysisService(IDbContextFactory<DyadDbContext> contexts)
{
    public const int MaximumComments = 50;

    /// <returns>Null when the survey does not exist in the workspace.</returns>
    public Task<SurveyAnalysis?> AnalyseAsync(Guid surveyId, CancellationToken cancellationToken = default) =>
        AnalyseAsync(surveyId, new SurveyAnalysisQuery(), cancellationToken);

    /// <summary>The scores of the responses the query selects, a trend per month or quarter, and a breakdown when one is asked for.</summary>
    /// <returns>Null when the survey does not exist in the workspace.</returns>
    public async Task<SurveyAnalysis?> AnalyseAsync(Guid surveyId, SurveyAnalysisQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LoadAsync(db, surveyId, query, scoresOnly: true, cancellationToken) is not var (survey, responses))
        {
            return null;
        }
        var scores = SurveyScores.Of(survey.Instrument, responses.Select(r => r.Response.Answers).ToArray());
        var trend = SurveyBreakdown.Trend(survey.Instrument,
            responses.Select(r => new ScoredResponse(r.Response.Answers, r.Response.SubmittedAt)).ToArray(), query.Period, query.From, query.To);
        var breakdown = query.By is { } by
            ? SurveyBreakdown.By(survey.Instrument, responses.Select(r => new ScoredResponse(r.Response.Answers, r.Response.SubmittedAt, r.Group(by, query.Period))))
            : null;
        return new SurveyAnalysis(survey.Id, survey.Instrument, scores.Responses, scores.Nps, scores.Csat, scores.Ces, scores.Servqual,
            query.By, query.Period, breakdown, trend);
    }

    /// <summary>Each survey the account's people answered, with the scores of their responses alone, by name.</summary>
    public async Task<IReadOnlyList<AccountSurveyScores>> ForAccountAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var surveyIds = await db.SurveyResponses.Where(r => r.AccountId == accountId).Select(r => r.SurveyId).Distinct().ToListAsync(cancellationToken);
        var scores = new List<AccountSurveyScores>();
        foreach (var surveyId in surveyIds)
        {
            if (await LoadAsync(db, surveyId, new SurveyAnalysisQuery(AccountId: accountId), scoresOnly: true, cancellationToken) is var (survey, responses))
            {
                scores.Add(new AccountSurveyScores(survey.Id, survey.Name, survey.Instrument,
                    SurveyScores.Of(survey.Instrument, responses.Select(r => r.Response.Answers).ToArray())));
            }
        }
        return scores.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The latest answers to the survey's open questions among the responses the query selects, newest first.</summary>
    /// <returns>Null when the survey does not exist in the workspace.</returns>
    public async Task<IReadOnlyList<SurveyComment>?> LatestCommentsAsync(Guid surveyId, SurveyAnalysisQuery query, int count = MaximumComments,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LoadAsync(db, surveyId, query, scoresOnly: false, cancellationToken) is not var (survey, responses))
        {
            return null;
        }
        var open = survey.Questions.Where(q => q.Type == QuestionType.OpenText).ToArray();
        return responses
            .OrderByDescending(r => r.Response.SubmittedAt)
            .SelectMany(r => open
                .Where(q => r.Response.Answers.TryGetValue(q.Key, out var answer) && !string.IsNullOrWhiteSpace(answer.Text))
                .Select(q => new SurveyComment(r.Response.Id, r.Response.SubmittedAt, r.Account?.Name, q.Key,
                    q.Text.GetValueOrDefault(survey.Languages[0]) ?? q.Key, r.Response.Answers[q.Key].Text!)))
            .Take(Math.Clamp(count, 0, MaximumComments))
            .ToList();
    }

    /// <summary>
    /// The survey and the responses the query selects, oldest first, each with what the breakdown or filter asks for: its
    /// account, the respondent's role and membership of the decision-making unit, and the phase and touchpoint of its
    /// context. With <paramref name="scoresOnly"/> a built-in instrument's responses carry only the numbers its scores read
    /// (one score, or SERVQUAL's 44 items and 5 weights), extracted in SQL (<see cref="AnswerSql"/>), so neither the answers'
    /// open text nor the JSON document crosses over.
    /// </summary>
    private static async Task<(Survey, List<ResponseFacts>)?> LoadAsync(DyadDbContext db, Guid surveyId, SurveyAnalysisQuery query,
        bool scoresOnly, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
        {
            return null;
        }
        var selected = db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId);
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            selected = selected.Where(r => r.SubmittedAt >= start);
        }
        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            selected = selected.Where(r => r.SubmittedAt < end);
        }
        if (query.AccountId is { } accountId)
        {
            selected = selected.Where(r => r.AccountId == accountId);
        }
        if (query.AccountIds is { } inScope)
        {
            selected = selected.Where(r => r.AccountId != null && inScope.Contains(r.AccountId.Value));
        }
        if (query.Phase is { } phase)
        {
            selected = selected.Where(r => r.Context.Phase == phase);
        }
        if (Blank.ToNull(query.Segment) is { } segment)
        {
            var inSegment = db.Accounts.Where(a => a.Segment == segment).Select(a => a.Id);
            selected = selected.Where(r => r.AccountId != null && inSegment.Contains(r.AccountId.Value));
        }
        selected = selected.OrderBy(r => r.SubmittedAt);
        var scored = scoresOnly ? SurveyScores.ScoredQuestionsOf(survey.Instrument) : null;
        List<ResponseRow> responses;
        if (scored is null)
        {
            responses = await selected.Select(r => new ResponseRow(r.Id, r.SubmittedAt, r.Answers, r.AccountId, r.StakeholderId,
                    r.InvitationId, r.Context.JourneyId, r.Context.Phase, r.Context.TouchpointId))
                .ToListAsync(cancellationToken);
        }
        else if (query.By is null or BreakdownDimension.Period && query.Role is null)
        {
            // The overall scores and the trend read nothing but the scored numbers and the time, no ids.
            responses = (await selected.Select(AnswerSql.WithNumbers(db.Database, (r, numbers) => new { r.SubmittedAt, Numbers = numbers }, scored))
                    .ToListAsync(cancellationToken))
                .Select(r => new ResponseRow(Guid.Empty, r.SubmittedAt, AnswerSql.AsAnswers(scored, r.Numbers), null, null, null, null, null, null))
                .ToList();
        }
        else
        {
            responses = (await selected.Select(AnswerSql.WithNumbers(db.Database, (r, numbers) => new
                    {
                        r.Id, r.SubmittedAt, Numbers = numbers, r.AccountId, r.StakeholderId, r.InvitationId,
                        r.Context.JourneyId, r.Context.Phase, r.Context.TouchpointId,
                    }, scored))
                    .ToListAsync(cancellationToken))
                .Select(r => new ResponseRow(r.Id, r.SubmittedAt, AnswerSql.AsAnswers(scored, r.Numbers), r.AccountId, r.StakeholderId,
                    r.InvitationId, r.JourneyId, r.Phase, r.TouchpointId))
                .ToList();
        }

        var grouping = query.By;
        var accounts = grouping is BreakdownDimension.Account or BreakdownDimension.Segment || !scoresOnly
            ? await AccountsAsync(db, responses, cancellationToken)
            : [];
        var respondents = grouping is BreakdownDimension.Role or BreakdownDimension.Dmu || query.Role is not null
            ? await RespondentsAsync(db, responses, cancellationToken)
            : null;
        var phases = grouping is BreakdownDimension.Phase ? await PhaseLabelsAsync(db, responses, cancellationToken) : null;
        var touchpointIds = grouping is BreakdownDimension.Touchpoint
            ? responses.Select(r => r.TouchpointId).OfType<Guid>().Distinct().ToList()
            : [];
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => touchpointIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

        return (survey, responses.Select(r => new ResponseFacts(
                r,
                r.AccountId is { } a ? accounts.GetValueOrDefault(a) : null,
                respondents?.Invoke(r),
                phases?.Invoke(r),
                r.TouchpointId is { } t ? touchpoints.GetValueOrDefault(t) : null))
            .Where(r => query.Role is null || r.Respondent?.Role == query.Role)
            .ToList());
    }

    private static async Task<Dictionary<Guid, AccountFacts>> AccountsAsync(DyadDbContext db, List<ResponseRow> responses,
        CancellationToken cancellationToken)
    {
        var accountIds = responses.Select(r => r.AccountId).OfType<Guid>().Distinct().ToList();
        return await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new AccountFacts(a.Name, a.Segment), cancellationToken);
    }

    /// <summary>Who answered each response, in the role they answered in.</summary>
    private static async Task<Func<ResponseRow, RespondentFacts?>> RespondentsAsync(DyadDbContext db, List<ResponseRow> responses,
        CancellationToken cancellationToken)
    {
        var stakeholderIds = responses.Select(r => r.StakeholderId).OfType<Guid>().Distinct().ToList();
        var stakeholders = await db.Stakeholders.AsNoTracking().Where(s => stakeholderIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => new RespondentFacts(s.BuyingCentreRole, s.IsDecisionMakingUnitMember), cancellationToken);
        // An invitation keeps the person's role as it was when they were asked, which is the role they answered in.
        var invitationIds = responses.Select(r => r.InvitationId).OfType<Guid>().Distinct().ToList();
        var invited = await db.SurveyInvitations.AsNoTracking()
            .Where(i => invitationIds.Contains(i.Id) && i.StakeholderId != null && i.BuyingCentreRole != null)
            .ToDictionaryAsync(i => i.Id, i => new RespondentFacts(i.BuyingCentreRole!.Value, i.IsDecisionMakingUnitMember), cancellationToken);
        return r => (r.InvitationId is { } i ? invited.GetValueOrDefault(i) : null)
                    ?? (r.StakeholderId is { } s ? stakeholders.GetValueOrDefault(s) : null);
    }

    private static async Task<Func<ResponseRow, string?>> PhaseLabelsAsync(DyadDbContext db, List<ResponseRow> responses,
        CancellationToken cancellationToken)
    {
        var journeyIds = responses.Select(r => r.JourneyId).OfType<Guid>().Distinct().ToList();
        var journeyTemplates = await db.Journeys.AsNoTracking().Where(j => journeyIds.Contains(j.Id))
            .ToDictionaryAsync(j => j.Id, j => j.TemplateId, cancellationToken);
        var templateIds = journeyTemplates.Values.Distinct().ToList();
        var phaseNames = (await db.JourneyPhases.AsNoTracking().Where(p => templateIds.Contains(p.TemplateId)).ToListAsync(cancellationToken))
            .ToDictionary(p => (p.TemplateId, p.Number), p => p.Name);
        return r => PhaseLabel(r.JourneyId, r.Phase, journeyTemplates, phaseNames);
    }

    /// <summary>"2. orientation and negotiation" where the journey's template names the phase; the bare number otherwise.</summary>
    private static string? PhaseLabel(Guid? journeyId, int? number, IReadOnlyDictionary<Guid, Guid> journeyTemplates,
        IReadOnlyDictionary<(Guid, int), string> phaseNames)
    {
        if (number is not { } phase)
        {
            return null;
        }
        return journeyId is { } journey && journeyTemplates.TryGetValue(journey, out var template)
               && phaseNames.TryGetValue((template, phase), out var name)
            ? $"{phase}. {name}"
            : phase.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record AccountFacts(string Name, string? Segment);

    private sealed record RespondentFacts(Core.Accounts.BuyingCentreRole Role, bool InDmu);

    /// <summary>What the analyses read of a response: its answers (perhaps only the scored numbers), when, by whom, where.</summary>
    private sealed record ResponseRow(Guid Id, DateTimeOffset SubmittedAt, IReadOnlyDictionary<string, Answer> Answers, Guid? AccountId,
        Guid? StakeholderId, Guid? InvitationId, Guid? JourneyId, int? Phase, Guid? TouchpointId);

    private sealed record ResponseFacts(ResponseRow Response, AccountFacts? Account, RespondentFacts? Respondent, string? Phase, string? Touchpoint)
    {
        public string? Group(BreakdownDimension by, TrendPeriod period) => by switch
        {
            BreakdownDimension.Account => Account?.Name,
            BreakdownDimension.Role => Respondent?.Role.ToText(),
            BreakdownDimension.Dmu => Respondent is null ? null : Respondent.InDmu ? SurveyAnalysis.InDmu : SurveyAnalysis.OutsideDmu,
            BreakdownDimension.Phase => Phase,
            BreakdownDimension.Touchpoint => Touchpoint,
            BreakdownDimension.Segment => Account?.Segment,
            BreakdownDimension.Period => SurveyBreakdown.Label(DateOnly.FromDateTime(Response.SubmittedAt.UtcDateTime), period),
            _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Not a breakdown dimension."),
        };
    }
}

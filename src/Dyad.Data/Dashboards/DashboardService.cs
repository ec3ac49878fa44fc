using Dyad.Core.Actions;
using Dyad.Core.Common;
using Dyad.Core.Dashboards;
using Dyad.Core.Experiences;
using Dyad.Core.Practices;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Surveys.Results;
using Dyad.Data.Events;
using Dyad.Data.Experiences;
using Dyad.Data.Feedback;
using Dyad.Data.Health;
using Dyad.Data.Surveys;
using Dyad.Data.Surveys.Distribution;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Dashboards;

/// <summary>
/// The numbers behind every dashboard chart, for a viewer and a filter, read through the analyses the other pages use
/// (survey analysis, feedback inbox, practice analytics, attainment, response rates), so a dashboard never disagrees
/// with them. Plain records, so the pages, the API's CSV and JSON and reports all draw on the same figures.
/// </summary>
public sealed class DashboardService(
    IDbContextFactory<DyadDbContext> contexts,
    TimeProvider clock,
    SurveyAnalysisService surveys,
    FeedbackInbox feedback,
    EventAnalyticsService practices,
    EventService events,
    AttainmentService attainment,
    ResponseRateService responseRates,
    PortfolioService portfolio)
{
    /// <summary>At most this many accounts get a row on the experience timeline: those with the latest events.</summary>
    public const int MaximumTimelineAccounts = 20;

    private static readonly string[] ScoredInstruments = [BuiltInInstruments.NpsKey, BuiltInInstruments.CsatKey, BuiltInInstruments.CesKey];

    public async Task<DashboardOptions> OptionsAsync(DashboardViewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = await Visible(db, viewer).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name, a.Segment }).ToListAsync(cancellationToken);
        var phases = await db.JourneyPhases.Select(p => (int?)p.Number).MaxAsync(cancellationToken) ?? 0;
        return new DashboardOptions(accounts.Select(a => new DashboardAccount(a.Id, a.Name)).ToList(),
            accounts.Select(a => a.Segment).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(), phases, viewer.SeesOwnAccountsOnly);
    }

    /// <summary>Each NPS, CSAT and CES survey with answers in view: its score and its monthly trend, with 95 % margins.</summary>
    public async Task<IReadOnlyList<ScoreSeries>> ScoresAsync(DashboardViewer viewer, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        var (query, list) = await SurveysAsync(viewer, filter, ScoredInstruments, cancellationToken);
        var series = new List<ScoreSeries>();
        foreach (var (id, name, instrument) in list)
        {
            if (await surveys.AnalyseAsync(id, query, cancellationToken) is not { } analysis || analysis.Responses == 0)
            {
                continue;
            }
            series.Add(new ScoreSeries(id, name, instrument, Estimate(instrument, analysis.Nps, analysis.Csat, analysis.Ces),
                (analysis.Trend ?? []).Select(p => new ScorePoint(p.Period, p.Start, Estimate(instrument, p.Scores.Nps, p.Scores.Csat, p.Scores.Ces))).ToList()));
        }
        return series;
    }

    /// <summary>Each SERVQUAL survey with answers in view: perception minus expectation per dimension.</summary>
    public async Task<IReadOnlyList<ServqualSurveyGaps>> ServqualAsync(DashboardViewer viewer, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        var (query, list) = await SurveysAsync(viewer, filter, [BuiltInInstruments.ServqualKey], cancellationToken);
        var gaps = new List<ServqualSurveyGaps>();
        foreach (var (id, name, _) in list)
        {
            if (await surveys.AnalyseAsync(id, query, cancellationToken) is { Servqual: { Respondents: > 0 } servqual })
            {
                gaps.Add(new ServqualSurveyGaps(id, name, servqual.Respondents, servqual.Gap,
                    servqual.Dimensions.Select(d => new ServqualDimensionGap(d.Dimension.ToLabel(), d.Expectation, d.Perception, d.Gap)).ToList()));
            }
        }
        return gaps;
    }

    /// <summary>The content analysis of the customers' open answers in view, each keyword with the sentiment of the answers naming it.</summary>
    public async Task<IReadOnlyList<KeywordSentiment>> KeywordsAsync(DashboardViewer viewer, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(viewer, filter, cancellationToken);
        var (from, to) = filter.Days(Today);
        var selection = await feedback.SelectAsync(
            new FeedbackFilter(Phase: filter.Phase, Source: FeedbackSources.Survey, AccountIds: scope, From: from, To: to, Role: filter.Role),
            cancellationToken);
        var items = selection.Items;
        return selection.Frequencies()
            .Select(k =>
            {
                var naming = items.Where(i => (k.Topic is null || i.Topic == k.Topic) && i.Keywords.Contains(k.Keyword, StringComparer.OrdinalIgnoreCase)).ToList();
                var scored = naming.Select(i => i.Compound).OfType<double>().ToList();
                return new KeywordSentiment(k.Topic, k.Keyword, k.Frequency,
                    naming.Count(i => i.Sentiment == SentimentLabels.Positive), naming.Count(i => i.Sentiment == SentimentLabels.Neutral),
                    naming.Count(i => i.Sentiment == SentimentLabels.Negative), scored.Count == 0 ? null : scored.Average());
            })
            .ToList();
    }

    /// <summary>The practice mix per phase (uses per quadrant of the circumplex) and the circumplex, of the events in view.</summary>
    public async Task<PracticePanel> PracticesAsync(DashboardViewer viewer, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(viewer, filter, cancellationToken);
        var (from, to) = filter.Days(Today);
        var analysis = await practices.AnalyseAsync(new EventFilter(Phase: filter.Phase, From: from, To: to, AccountIds: scope), cancellationToken: cancellationToken);
        if (analysis is null)
        {
            return new PracticePanel(null, 0, [], []);
        }
        var mix = analysis.Phases
            .Where(p => filter.Phase is null || p.Number == filter.Phase)
            .Select(p =>
            {
                int In(CircumplexQuadrant q) => analysis.Circumplex.Where(c => c.Phase == p.Number && c.Quadrant == q).Sum(c => c.Count);
                var uses = analysis.Recurrence.Where(r => r.Phase == p.Number).Sum(r => r.Count);
                int adHocReactive = In(CircumplexQuadrant.AdHocReactive), regularReactive = In(CircumplexQuadrant.RegularReactive),
                    adHocProactive = In(CircumplexQuadrant.AdHocProactive), regularProactive = In(CircumplexQuadrant.RegularProactive);
                return new PhaseMix(p.Number, p.Name, adHocReactive, regularReactive, adHocProactive, regularProactive,
                    uses - adHocReactive - regularReactive - adHocProactive - regularProactive);
            })
            .ToList();
        return new PracticePanel(analysis.TemplateName, analysis.EventCount, mix, analysis.Circumplex);
    }

    /// <summary>The experience state each event left, per account in view, for the accounts with the latest events.</summary>
    public async Task<IReadOnlyList<AccountExperienceTimeline>> ExperienceTimelineAsync(DashboardViewer viewer, DashboardFilter filter,
        CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(viewer, filter, cancellationToken);
        var (from, to) = filter.Days(Today);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var inView = EventService.Filter(db.CriticalEvents, new EventFilter(Phase: filter.Phase, From: from, To: to, AccountIds: scope));
        var accounts = await (
                from e in inView
                join account in db.Accounts on e.AccountId equals account.Id
                group e by new { account.Id, account.Name } into g
                orderby g.Max(e => e.OccurredOn) descending, g.Key.Name
                select g.Key)
            .Take(MaximumTimelineAccounts)
            .ToListAsync(cancellationToken);
        var eventIds = (await inView.Select(e => e.Id).ToListAsync(cancellationToken)).ToHashSet();
        var timelines = new List<AccountExperienceTimeline>();
        foreach (var account in accounts.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var points = await events.ExperienceTimelineAsync(account.Id, cancellationToken);
            timelines.Add(new AccountExperienceTimeline(account.Id, account.Name, points
                .Where(p => eventIds.Contains(p.EventId))
                .Select(p => new ExperienceMark(p.OccurredOn, p.CaseId, p.Title, p.Before, p.After, p.BeyondRepair))
                .ToList()));
        }
        return timelines;
    }

    /// <summary>Each target experience's attainment over the readings in view (accounts, role, phase).</summary>
    public async Task<IReadOnlyList<AttainmentRow>> AttainmentAsync(DashboardViewer viewer, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(viewer, filter, cancellationToken);
        var slice = new AttainmentSlice(Role: filter.Role, Phase: filter.Phase, AccountIds: scope);
        var rows = new List<AttainmentRow>();
        foreach (var experience in await attainment.ListAsync(cancellationToken: cancellationToken))
        {
            if (await attainment.ForAsync(experience.Id, slice, cancellationToken) is { } view)
            {
                rows.Add(new AttainmentRow(view.Id, view.Name, view.Result.Intended, view.Result.Realized, view.Result.Gap, view.Result.DataPoints));
            }
        }
        return rows;
    }

    /// <summary>Each survey that sent invitations to people in view, with how many answered.</summary>
    public async Task<IReadOnlyList<SurveyResponseRate>> ResponseRatesAsync(DashboardViewer viewer, DashboardFilter filter,
        CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(viewer, filter, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invited = await db.Surveys.Where(s => db.SurveyInvitations.Any(i => i.SurveyId == s.Id))
            .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var rates = new List<SurveyResponseRate>();
        foreach (var survey in invited)
        {
            if (await responseRates.ReportAsync(survey.Id, ResponseRateSplit.Account, cancellationToken, scope) is { Overall: { Invited: > 0 } overall })
            {
                rates.Add(new SurveyResponseRate(survey.Id, survey.Name, overall.Invited, overall.Sent, overall.Answered, overall.Rate));
            }
        }
        return rates;
    }

    /// <summary>Open and in-progress actions on accounts in view, counted by how long they have been open and by type.</summary>
    public async Task<IReadOnlyList<ActionAgeCount>> OpenActionsAsync(DashboardViewer viewer, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(viewer, filter, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = db.ActionItems.Where(a => a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress);
        if (scope is not null)
        {
            open = open.Where(a => scope.Contains(a.AccountId));
        }
        var now = clock.GetUtcNow();
        var rows = await open.Select(a => new { a.CreatedAt, a.Type }).ToListAsync(cancellationToken);
        return (from bucket in Enum.GetValues<ActionAgeBucket>()
                from type in Enum.GetValues<ActionType>()
                select new ActionAgeCount(bucket, type, rows.Count(r => r.Type == type && ActionAge.Of(r.CreatedAt, now) == bucket)))
            .ToList();
    }

    /// <summary>
    /// The accounts in view with their health and revenue, and the revenue at risk over them, from the portfolio's own
    /// service so the dashboard and the portfolio page agree. Health is today's, so the period and phase do not apply.
    /// </summary>
    public async Task<Portfolio> PortfolioAsync(DashboardViewer viewer, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(viewer, filter, cancellationToken);
        var all = await portfolio.ReadAsync(new PortfolioFilter(Sort: PortfolioSort.Revenue, Descending: true), cancellationToken);
        var rows = scope is null ? all.Accounts : all.Accounts.Where(a => scope.Contains(a.AccountId)).ToList();
        return new Portfolio(rows, PortfolioService.Summarize(rows));
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The accounts the view is limited to, or null for the whole workspace (responses and feedback without an account
    /// included). An account manager's view, a segment or an account always give a set, which may be empty.
    /// </summary>
    private async Task<IReadOnlyCollection<Guid>?> ScopeAsync(DashboardViewer viewer, DashboardFilter filter, CancellationToken cancellationToken)
    {
        if (!viewer.SeesOwnAccountsOnly && filter.Segment is null && filter.AccountId is null)
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = Visible(db, viewer);
        if (filter.Segment is { } segment)
        {
            accounts = accounts.Where(a => a.Segment == segment);
        }
        if (filter.AccountId is { } id)
        {
            accounts = accounts.Where(a => a.Id == id);
        }
        return await accounts.Select(a => a.Id).ToListAsync(cancellationToken);
    }

    private static IQueryable<Core.Accounts.Account> Visible(DyadDbContext db, DashboardViewer viewer) =>
        viewer.SeesOwnAccountsOnly ? db.Accounts.Where(a => a.OwnerId == viewer.UserId) : db.Accounts;

    private async Task<(SurveyAnalysisQuery Query, List<(Guid Id, string Name, string Instrument)> Surveys)> SurveysAsync(DashboardViewer viewer,
        DashboardFilter filter, string[] instruments, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(viewer, filter, cancellationToken);
        var (from, to) = filter.Days(Today);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var list = await db.Surveys.Where(s => s.Instrument != null && instruments.Contains(s.Instrument))
            .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.Instrument }).ToListAsync(cancellationToken);
        return (new SurveyAnalysisQuery(Period: TrendPeriod.Month, From: from, To: to, AccountIds: scope, Phase: filter.Phase, Role: filter.Role),
            list.Select(s => (s.Id, s.Name, s.Instrument!)).ToList());
    }

    private static ScoreEstimate Estimate(string instrument, NpsResult? nps, CsatResult? csat, CesResult? ces) => instrument switch
    {
        BuiltInInstruments.NpsKey => new ScoreEstimate(nps?.Responses ?? 0, nps?.Score, nps?.MarginOfError),
        BuiltInInstruments.CsatKey => new ScoreEstimate(csat?.Responses ?? 0, csat?.Share * Percent,
            csat is null ? null : MarginOfError.Proportion(csat.Satisfied, csat.Responses) * Percent),
        _ => new ScoreEstimate(ces?.Responses ?? 0, ces?.Mean, ces is null ? null : MarginOfError.Mean(ces.StandardDeviation, ces.Responses)),
    };

    private const double Percent = 100;
}

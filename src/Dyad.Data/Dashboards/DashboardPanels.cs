using Dyad.Core.Common;
using Dyad.Core.Dashboards;

namespace Dyad.Data.Dashboards;

/// <summary>
/// Every chart of the dashboards by its key, with the table of numbers it draws. The API's downloads and the pages'
/// links name panels by these keys.
/// </summary>
public sealed class DashboardPanels(DashboardService dashboards)
{
    public const string Scores = "scores";
    public const string ScoreTrends = "score-trends";
    public const string Servqual = "servqual";
    public const string Keywords = "keywords";
    public const string PracticeMix = "practice-mix";
    public const string Circumplex = "circumplex";
    public const string ExperienceTimeline = "experience-timeline";
    public const string Attainment = "attainment";
    public const string ResponseRates = "response-rates";
    public const string OpenActions = "open-actions";
    public const string Portfolio = "portfolio";

    public static readonly IReadOnlyList<string> All =
        [Portfolio, Scores, ScoreTrends, Servqual, Keywords, PracticeMix, Circumplex, ExperienceTimeline, Attainment, ResponseRates, OpenActions];

    /// <returns>Null for a panel key that is not one of <see cref="All"/>.</returns>
    public async Task<DashboardTable?> TableAsync(string panel, DashboardViewer viewer, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        switch (panel)
        {
            case Scores:
            {
                var series = await dashboards.ScoresAsync(viewer, filter, cancellationToken);
                return Table(panel, "Survey scores with 95 % margins", ["survey_id", "survey", "measure", "responses", "value", "margin", "lower", "upper"],
                    series.Select(s => Row(s.SurveyId, s.Survey, s.Measure, s.Overall.Responses, s.Overall.Value, s.Overall.Margin, s.Overall.Lower, s.Overall.Upper)));
            }
            case ScoreTrends:
            {
                var series = await dashboards.ScoresAsync(viewer, filter, cancellationToken);
                return Table(panel, "Survey scores per month with 95 % margins",
                    ["survey_id", "survey", "measure", "period", "responses", "value", "margin", "lower", "upper"],
                    series.SelectMany(s => s.Trend.Select(p =>
                        Row(s.SurveyId, s.Survey, s.Measure, p.Period, p.Estimate.Responses, p.Estimate.Value, p.Estimate.Margin, p.Estimate.Lower, p.Estimate.Upper))));
            }
            case Servqual:
            {
                var gaps = await dashboards.ServqualAsync(viewer, filter, cancellationToken);
                return Table(panel, "SERVQUAL gap (perception - expectation) per dimension",
                    ["survey_id", "survey", "respondents", "dimension", "expectation", "perception", "gap"],
                    gaps.SelectMany(s => s.Dimensions.Select(d => Row(s.SurveyId, s.Survey, s.Respondents, d.Dimension, d.Expectation, d.Perception, d.Gap))));
            }
            case Keywords:
            {
                var keywords = await dashboards.KeywordsAsync(viewer, filter, cancellationToken);
                return Table(panel, "Keyword frequency and sentiment of open answers",
                    ["topic", "keyword", "frequency", "positive", "neutral", "negative", "mean_compound"],
                    keywords.Select(k => Row(k.Topic, k.Keyword, k.Frequency, k.Positive, k.Neutral, k.Negative, k.MeanCompound)));
            }
            case PracticeMix:
            {
                var practices = await dashboards.PracticesAsync(viewer, filter, cancellationToken);
                return Table(panel, "Practice uses per phase by circumplex quadrant",
                    ["phase", "phase_name", "ad_hoc_reactive", "regular_reactive", "ad_hoc_proactive", "regular_proactive", "without_mode", "total"],
                    practices.Mix.Select(m => Row(m.Phase, m.PhaseName, m.AdHocReactive, m.RegularReactive, m.AdHocProactive, m.RegularProactive, m.WithoutMode, m.Total)));
            }
            case Circumplex:
            {
                var practices = await dashboards.PracticesAsync(viewer, filter, cancellationToken);
                return Table(panel, "Circumplex: practices by quadrant and phase",
                    ["practice", "quadrant", "effect", "phase", "count", "recurrence"],
                    practices.Circumplex.Select(c => Row(c.Practice.Name, c.Quadrant.ToText(), c.Effect.ToText(), c.Phase, c.Count, c.Level.ToText())));
            }
            case ExperienceTimeline:
            {
                var timelines = await dashboards.ExperienceTimelineAsync(viewer, filter, cancellationToken);
                return Table(panel, "Experience state per account, event by event",
                    ["account_id", "account", "occurred_on", "case_id", "event", "state_before", "state_after", "beyond_repair"],
                    timelines.SelectMany(t => t.Events.Select(e => Row(t.AccountId, t.Account, e.OccurredOn, e.CaseId, e.Title, e.Before.ToText(), e.After.ToText(), e.BeyondRepair))));
            }
            case Attainment:
            {
                var rows = await dashboards.AttainmentAsync(viewer, filter, cancellationToken);
                return Table(panel, "Target experience attainment (0-100)", ["experience_id", "experience", "intended", "realized", "gap", "data_points"],
                    rows.Select(r => Row(r.ExperienceId, r.Experience, r.Intended, r.Realized, r.Gap, r.DataPoints)));
            }
            case ResponseRates:
            {
                var rates = await dashboards.ResponseRatesAsync(viewer, filter, cancellationToken);
                return Table(panel, "Survey response rates", ["survey_id", "survey", "invited", "sent", "answered", "rate"],
                    rates.Select(r => Row(r.SurveyId, r.Survey, r.Invited, r.Sent, r.Answered, r.Rate)));
            }
            case OpenActions:
            {
                var counts = await dashboards.OpenActionsAsync(viewer, filter, cancellationToken);
                return Table(panel, "Open actions by age and type", ["age", "type", "count"],
                    counts.Select(c => Row(c.Age.Label(), c.Type.ToText(), c.Count)));
            }
            case Portfolio:
            {
                var accounts = (await dashboards.PortfolioAsync(viewer, filter, cancellationToken)).Accounts;
                return Table(panel, "Account health and annual revenue (revenue at risk: the accounts in red)",
                    ["account_id", "account", "owner", "health", "rag", "trend", "nps", "annual_revenue"],
                    accounts.Select(a => Row(a.AccountId, a.Name, a.OwnerName, a.Score, a.Rag?.ToText(), a.Trend, a.Nps, a.AnnualRevenue)));
            }
            default:
                return null;
        }
    }

    private static DashboardTable Table(string panel, string title, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows) =>
        new(panel, title, columns, rows.ToList());

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}

using System.Globalization;
using Dyad.Core.Common;
using Dyad.Core.Reports;
using Dyad.Data.Actions;
using Dyad.Data.Common;
using Dyad.Data.Dashboards;
using Dyad.Data.Feedback;
using Dyad.Data.Health;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Reports;

/// <summary>
/// Puts a report together from the dashboards' panels (<see cref="DashboardPanels"/>, the same tables the dashboards draw
/// and download) for a viewer and a filter; an account review narrows the filter to its account and adds what the account
/// page says of it: the health reasons, the open actions and the customers' own words.
/// </summary>
public sealed class ReportBuilder(
    IDbContextFactory<DyadDbContext> contexts,
    DashboardPanels panels,
    DashboardService dashboards,
    AccountHealthService health,
    ActionQueries actions,
    FeedbackInbox feedback,
    TimeProvider clock)
{
    /// <summary>How many of the most positive and of the most negative answers an account review quotes.</summary>
    public const int QuotesEachWay = 3;

    public async Task<ReportDocument> BuildAsync(ReportRequest request, DashboardViewer viewer, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = db.Scope.Required;
        var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId).Select(w => w.Name).SingleAsync(cancellationToken);
        if (request.Kind == ReportKind.Workspace)
        {
            var sections = await WorkspaceSectionsAsync(viewer, request.Filter, cancellationToken);
            return new ReportDocument($"CX report: {workspace}", workspace, Describe(request.Filter), clock.GetUtcNow(), actor.Name, sections);
        }
        var accountId = request.AccountId ?? throw DomainValidationException.For("accountId", "An account review needs an account.");
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => new { a.Name, a.OwnerId }).SingleOrDefaultAsync(cancellationToken)
                      ?? throw DomainValidationException.For("accountId", "There is no such account.");
        if (viewer.SeesOwnAccountsOnly && account.OwnerId != viewer.UserId)
        {
            throw new ForbiddenException("An account manager reviews the accounts they own.");
        }
        var filter = request.Filter with { AccountId = accountId };
        var review = await AccountSectionsAsync(accountId, viewer, filter, cancellationToken);
        return new ReportDocument($"Account review: {account.Name}", workspace, Describe(request.Filter), clock.GetUtcNow(), actor.Name, review);
    }

    private async Task<IReadOnlyList<ReportSection>> WorkspaceSectionsAsync(DashboardViewer viewer, DashboardFilter filter, CancellationToken ct)
    {
        var portfolio = await PanelAsync(DashboardPanels.Portfolio, viewer, filter, ct);
        var summary = (await dashboards.PortfolioAsync(viewer, filter, ct)).Summary;
        var scores = await PanelAsync(DashboardPanels.Scores, viewer, filter, ct);
        var trends = await PanelAsync(DashboardPanels.ScoreTrends, viewer, filter, ct);
        var servqual = await PanelAsync(DashboardPanels.Servqual, viewer, filter, ct);
        var keywords = await PanelAsync(DashboardPanels.Keywords, viewer, filter, ct);
        var mix = await PanelAsync(DashboardPanels.PracticeMix, viewer, filter, ct);
        var rates = await PanelAsync(DashboardPanels.ResponseRates, viewer, filter, ct);
        var open = await PanelAsync(DashboardPanels.OpenActions, viewer, filter, ct);
        return
        [
            new("Portfolio health and revenue at risk",
                [
                    string.Create(CultureInfo.InvariantCulture,
                        $"{summary.Accounts} accounts with {Money(summary.TotalRevenue)} annual revenue; revenue at risk (accounts in red) {Money(summary.RevenueAtRisk)}, in amber {Money(summary.AmberRevenue)}."),
                    summary.AverageScore is { } average ? string.Create(CultureInfo.InvariantCulture, $"Average health {average:0.#} of 100.") : "No account has a health score yet.",
                ],
                portfolio, ReportCharts.Bars(portfolio, "Health per account (0-100), lowest first", "account", "health", order: BarOrder.LowestFirst)),
            new("Survey scores", ["NPS in points, CSAT in percent satisfied, CES as the mean of 1-7; each with its 95 % margin of error."], scores,
                ReportCharts.Bars(scores, "Score per survey", "survey", "value")),
            new("Score trends", ["Per month; a month without answers is a gap. The band is the 95 % margin of error."], trends, ReportCharts.Trends(trends)),
            new("SERVQUAL gaps", ["Perception minus expectation per dimension on the 7-point scale: below zero the service falls short."], servqual,
                ReportCharts.Gaps(servqual)),
            new("Keywords of open answers", ["How often customers name each keyword, with the sentiment of the answers naming it."], keywords,
                ReportCharts.Bars(keywords, "Keyword frequency", "keyword", "frequency")),
            new("Practice mix per phase", ["Practice uses in critical events per journey phase, by circumplex quadrant (000)."], mix, ReportCharts.PracticeMix(mix)),
            new("Response rates", ["Answered over invited, per survey."], rates, ReportCharts.Bars(rates, "Response rate (share answered)", "survey", "rate")),
            new("Open actions by age", ["Open and in-progress actions by how long they have been open."], open, ReportCharts.ActionAges(open)),
        ];
    }

    private async Task<IReadOnlyList<ReportSection>> AccountSectionsAsync(Guid accountId, DashboardViewer viewer, DashboardFilter filter, CancellationToken ct)
    {
        var view = await health.ForAccountAsync(accountId, ct);
        var portfolio = await PanelAsync(DashboardPanels.Portfolio, viewer, filter, ct);
        var inputs = new DashboardTable("health-inputs", "Health inputs: each on 0-100 with its weight and reason", ["input", "weight", "score", "share", "reason"],
            (view?.Inputs ?? []).Select(i => (IReadOnlyList<object?>)[i.Input.ToText(), i.Weight, i.Score, i.Share, i.Reason]).ToList());
        var scores = await PanelAsync(DashboardPanels.Scores, viewer, filter, ct);
        var trends = await PanelAsync(DashboardPanels.ScoreTrends, viewer, filter, ct);
        var servqual = await PanelAsync(DashboardPanels.Servqual, viewer, filter, ct);
        var timeline = await PanelAsync(DashboardPanels.ExperienceTimeline, viewer, filter, ct);
        var attainment = await PanelAsync(DashboardPanels.Attainment, viewer, filter, ct);
        var open = await PanelAsync(DashboardPanels.OpenActions, viewer, filter, ct);
        var openList = await actions.ListAsync(new ActionFilter(AccountId: accountId, Active: true), ct);
        var actionTable = new DashboardTable("open-action-list", "Open actions", ["title", "type", "priority", "owner", "due", "overdue", "status"],
            openList.Select(a => (IReadOnlyList<object?>)[a.Title, a.Type.ToText(), a.Priority.ToText(), a.OwnerName, DateOnly.FromDateTime(a.DueAt.UtcDateTime),
                a.Overdue, a.Status.ToText()]).ToList());
        var (from, to) = filter.Days(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var answers = (await feedback.SelectAsync(new FeedbackFilter(AccountId: accountId, Source: FeedbackSources.Survey, Phase: filter.Phase, From: from, To: to,
            Role: filter.Role), ct)).Items.Where(i => i.Compound is not null).ToList();
        var quoted = answers.OrderByDescending(i => i.Compound).Take(QuotesEachWay)
            .Concat(answers.OrderBy(i => i.Compound).Take(QuotesEachWay)).DistinctBy(i => i.Id).ToList();
        var quotes = new DashboardTable("key-quotes", "Key quotes: the most positive and the most negative open answers",
            ["submitted_on", "stakeholder", "role", "topic", "sentiment", "compound", "text"],
            quoted.Select(i => (IReadOnlyList<object?>)[DateOnly.FromDateTime(i.SubmittedAt.UtcDateTime), i.StakeholderName, i.StakeholderRole, i.Topic,
                i.Sentiment, i.Compound, i.Text]).ToList());
        var healthNotes = view is null
            ? ["The account has no health score yet."]
            : new[] { view.Score is { } score ? string.Create(CultureInfo.InvariantCulture, $"Health {score:0.#} of 100 ({view.Rag?.ToText() ?? "no colour"}).") : "Not enough data for a health score." }
                .Concat(view.Reasons).ToList();
        return
        [
            new("Account health and its reasons", healthNotes, portfolio, []),
            new("Health inputs", ["What the score is made of: each input on 0-100, its weight and why it scores so."], inputs,
                ReportCharts.Bars(inputs, "Health inputs (0-100)", "input", "score", order: BarOrder.AsListed)),
            new("Survey scores", ["NPS in points, CSAT in percent satisfied, CES as the mean of 1-7; each with its 95 % margin of error."], scores,
                ReportCharts.Bars(scores, "Score per survey", "survey", "value")),
            new("Score trends", ["Per month; a month without answers is a gap. The band is the 95 % margin of error."], trends, ReportCharts.Trends(trends)),
            new("SERVQUAL gaps", ["Perception minus expectation per dimension on the 7-point scale: below zero the service falls short."], servqual,
                ReportCharts.Gaps(servqual)),
            new("Experience over time and critical events", ["Each critical event with the experience state before and after it."], timeline,
                ReportCharts.ExperienceStates(timeline)),
            new("Target experience attainment", ["Realized against intended, on 0-100, over the account's readings."], attainment,
                ReportCharts.Bars(attainment, "Realized attainment (0-100)", "experience", "realized")),
            new("Open actions by age", ["Open and in-progress actions by how long they have been open."], open, ReportCharts.ActionAges(open)),
            new("Open actions", ["What is being done for the account, due dates first."], actionTable, []),
            new("Key quotes", ["The customer's own words: the most positive and the most negative open answers."], quotes, []),
        ];
    }

    private async Task<DashboardTable> PanelAsync(string panel, DashboardViewer viewer, DashboardFilter filter, CancellationToken ct) =>
        await panels.TableAsync(panel, viewer, filter, ct) ?? throw new InvalidOperationException($"No dashboard panel {panel}.");

    private static string Money(decimal amount) => amount.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>The filter in words for the cover: "period 12m, segment Training".</summary>
    public static string Describe(DashboardFilter filter)
    {
        var query = filter with { AccountId = null };
        var text = query.ToQuery();
        return text.Length == 0 ? "all time, every segment, phase and role" : Uri.UnescapeDataString(text).Replace("&", ", ").Replace("=", " ");
    }
}

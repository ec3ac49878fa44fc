using Dyad.Core.Accounts;
using Dyad.Core.Alerts;
using Dyad.Core.Common;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Core.Surveys;
using Dyad.Data.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Health;

/// <summary>What an account's timeline shows: critical events, survey responses, actions, alerts and communications.</summary>
public enum TimelineKind
{
    Event,
    Response,
    Action,
    Alert,
    Communication,
}

/// <param name="Link">Where the item opens in the app, when it has a page of its own.</param>
public sealed record TimelineItem(DateTimeOffset At, TimelineKind Kind, string Title, string? Detail, string? Link);

/// <summary>
/// A stakeholder with their latest sentiment: from their most recent open answer (VADER, as the feedback inbox reads it),
/// else from the ratings of their most recent response; <c>unscored</c> when they have answered nothing.
/// </summary>
public sealed record StakeholderSentiment(
    Guid Id,
    string Name,
    string? JobTitle,
    string? Function,
    HierarchyLevel Level,
    BuyingCentreRole Role,
    bool DecisionMakingUnit,
    string Sentiment,
    string? Basis,
    DateTimeOffset? At);

/// <summary>The account 360's timeline (newest first) and stakeholder map.</summary>
public sealed class Account360(IDbContextFactory<DyadDbContext> contexts, SentimentAnalysers analysers)
{
    public const int TimelineLength = 100;

    /// <summary>A response's mean rating on 0-100 at or above this reads positive, below <see cref="NegativeBelow"/> negative.</summary>
    public const double PositiveFrom = 75;

    public const double NegativeBelow = 50;

    /// <returns>Null when the account does not exist in the workspace.</returns>
    public async Task<IReadOnlyList<TimelineItem>?> TimelineAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return null;
        }
        var items = new List<TimelineItem>();
        items.AddRange((await db.CriticalEvents.AsNoTracking().Where(e => e.AccountId == accountId)
                .Select(e => new { e.Id, e.Phase, e.Sequence, e.Title, e.OccurredOn, e.StateBefore, e.StateAfter, e.BeyondRepair })
                .ToListAsync(cancellationToken))
            .Select(e => new TimelineItem(new DateTimeOffset(e.OccurredOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), TimelineKind.Event,
                $"{e.Phase}.{e.Sequence} {e.Title}", $"{e.StateBefore.ToLabel()} → {e.StateAfter.ToLabel()}{(e.BeyondRepair ? ", beyond repair" : "")}",
                $"/events/{e.Id}")));
        items.AddRange((await (
                    from r in db.SurveyResponses
                    join s in db.Surveys on r.SurveyId equals s.Id
                    where r.AccountId == accountId
                    select new { r.SubmittedAt, r.StakeholderId, r.Answers, s.Id, s.Name, s.Questions })
                .AsNoTracking().ToListAsync(cancellationToken))
            .Select(r => new TimelineItem(r.SubmittedAt, TimelineKind.Response, r.Name,
                ResponseScore.Of(r.Questions, r.Answers) is { } score ? $"score {score:0} of 100" : "open answers",
                $"/surveys/{r.Id}/results?account={accountId}")));
        items.AddRange((await db.ActionItems.AsNoTracking().Where(a => a.AccountId == accountId)
                .Select(a => new { a.Id, a.CreatedAt, a.Type, a.Title, a.Status }).ToListAsync(cancellationToken))
            .Select(a => new TimelineItem(a.CreatedAt, TimelineKind.Action, a.Title, $"{a.Type.ToLabel()}, {a.Status.ToLabel()}", $"/actions/{a.Id}")));
        items.AddRange((await db.Alerts.AsNoTracking().Where(a => a.AccountId == accountId).ToListAsync(cancellationToken))
            .Select(a => new TimelineItem(a.FirstSeenAt, TimelineKind.Alert, AlertRules.Find(a.RuleKey)?.Name ?? a.RuleKey,
                $"{a.Status.ToLabel()}: {a.Reason}", $"/alerts?account={accountId}")));
        items.AddRange((await db.Communications.AsNoTracking().Where(c => c.AccountId == accountId).ToListAsync(cancellationToken))
            .Select(c => new TimelineItem(c.OccurredAt, TimelineKind.Communication, c.Kind.ToLabel(), c.Summary, null)));
        return items.OrderByDescending(i => i.At).ThenBy(i => i.Kind).Take(TimelineLength).ToList();
    }

    /// <returns>Null when the account does not exist in the workspace.</returns>
    public async Task<IReadOnlyList<StakeholderSentiment>?> StakeholdersAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return null;
        }
        var people = await db.Stakeholders.AsNoTracking().Where(s => s.AccountId == accountId).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var (_, openAnswers) = await new FeedbackItems(db, analysers)
            .ReadAsync(db.SurveyResponses.Where(r => r.AccountId == accountId && r.StakeholderId != null), cancellationToken);
        var latestOpen = openAnswers.Where(i => i.Compound is not null).GroupBy(i => i.StakeholderId!.Value)
            .ToDictionary(g => g.Key, g => g.MaxBy(i => i.SubmittedAt)!);
        var rated = (await (
                    from r in db.SurveyResponses
                    join s in db.Surveys on r.SurveyId equals s.Id
                    where r.AccountId == accountId && r.StakeholderId != null
                    select new { StakeholderId = r.StakeholderId!.Value, r.SubmittedAt, r.Answers, s.Name, s.Questions })
                .AsNoTracking().ToListAsync(cancellationToken))
            .Select(r => (r.StakeholderId, r.SubmittedAt, r.Name, Mood: RatingMood(r.Questions, r.Answers)))
            .Where(r => r.Mood is not null)
            .GroupBy(r => r.StakeholderId)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.SubmittedAt));
        return people.Select(p =>
        {
            var open = latestOpen.GetValueOrDefault(p.Id);
            var rating = rated.TryGetValue(p.Id, out var r) ? r : default;
            (string Sentiment, string? Basis, DateTimeOffset? At) mood =
                open is not null && (rating.Mood is null || open.SubmittedAt >= rating.SubmittedAt)
                    ? (open.Sentiment, $"\"{Excerpt(open.Text)}\"", open.SubmittedAt)
                    : rating.Mood is { } m ? (m.Label, $"{rating.Name}: {m.Basis}", rating.SubmittedAt)
                    : (SentimentLabels.Unscored, null, null);
            return new StakeholderSentiment(p.Id, p.Name, p.JobTitle, p.Function, p.Level, p.BuyingCentreRole, p.IsDecisionMakingUnitMember,
                mood.Sentiment, mood.Basis, mood.At);
        }).ToList();
    }

    /// <summary>An NPS answer by its group (promoter, passive, detractor); other ratings by their mean on 0-100.</summary>
    private static (string Label, string Basis)? RatingMood(IReadOnlyList<Question> questions, IReadOnlyDictionary<string, Answer> answers)
    {
        if (questions.FirstOrDefault(q => q.Type == QuestionType.Nps && answers.GetValueOrDefault(q.Key)?.Number is not null) is { } nps)
        {
            var score = answers[nps.Key].Number!.Value;
            return (score >= Nps.PromotersFrom ? SentimentLabels.Positive : score >= Nps.PassivesFrom ? SentimentLabels.Neutral : SentimentLabels.Negative,
                $"NPS {score}");
        }
        return ResponseScore.Of(questions, answers) is { } mean
            ? (mean >= PositiveFrom ? SentimentLabels.Positive : mean < NegativeBelow ? SentimentLabels.Negative : SentimentLabels.Neutral,
                $"ratings at {mean:0} of 100")
            : null;
    }

    private static string Excerpt(string text) => text.Length <= 120 ? text : text[..119] + "…";
}

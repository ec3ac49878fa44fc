using Dyad.Core.Actions;
using Dyad.Core.Alerts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Health;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Surveys.Results;
using Dyad.Data.Experiences;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Health;

/// <summary>An account as the portfolio lists it.</summary>
internal sealed record HealthAccount(Guid Id, string Name, string? Segment, string? Tier, decimal? AnnualRevenue, Guid? OwnerId, string? OwnerName);

/// <summary>
/// Reads the scorecard's facts of the workspace's accounts at one moment, in a few set-wise queries: survey answers and
/// critical events of the last 12 months, target-experience attainment, questions and actions, the last contact.
/// </summary>
public sealed class HealthFactsReader(IDbContextFactory<DyadDbContext> contexts, AttainmentService attainment)
{
    private const string UnansweredQuestionRule = "unanswered_question";

    internal async Task<IReadOnlyList<(HealthAccount Account, HealthFacts Facts)>> ReadAsync(Guid? accountId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var since = now - HealthRules.Window;
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountId == null || a.Id == accountId)
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new HealthAccount(a.Id, a.Name, a.Segment, a.Tier, a.AnnualRevenue, a.OwnerId,
                db.Users.Where(u => u.Id == a.OwnerId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        var responses = await ResponsesAsync(db, accountId, since, now, cancellationToken);

        var firstDay = DateOnly.FromDateTime(since.UtcDateTime);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var events = (await db.CriticalEvents.AsNoTracking()
                .Where(e => (accountId == null || e.AccountId == accountId) && e.OccurredOn > firstDay && e.OccurredOn <= today)
                .Select(e => new { e.AccountId, e.Phase, e.Sequence, e.Title, e.OccurredOn, e.StateAfter, e.BeyondRepair })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.AccountId, e => new EventReading($"{e.Phase}.{e.Sequence}", e.Title, e.OccurredOn, e.StateAfter, e.BeyondRepair));

        var limitHours = await ResponseLimitAsync(db, cancellationToken);
        var slaSince = now - HealthRules.SlaWindow;
        var questions = (await db.Communications.AsNoTracking()
                .Where(c => (accountId == null || c.AccountId == accountId) && c.Kind == CommunicationKind.Question && c.OccurredAt <= now
                            && (c.OccurredAt > slaSince || c.AnsweredAt == null || c.AnsweredAt > now))
                .Select(c => new { c.AccountId, c.OccurredAt, c.AnsweredAt })
                .ToListAsync(cancellationToken))
            .ToLookup(q => q.AccountId);

        var actions = (await db.ActionItems.AsNoTracking().Where(a => accountId == null || a.AccountId == accountId)
                .Select(a => new { a.AccountId, a.Type, a.Status, a.DueAt })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.AccountId);

        var contacts = await LastContactsAsync(db, accountId, now, cancellationToken);
        var experiences = await attainment.ByAccountAsync(since, now, cancellationToken);

        var limit = TimeSpan.FromHours((double)limitHours);
        return accounts.Select(a =>
        {
            var mine = responses[a.Id].ToList();
            var asked = questions[a.Id].ToList();
            var todo = actions[a.Id].Where(x => x.Status is ActionStatus.Open or ActionStatus.InProgress).ToList();
            var sla = new SlaFacts(asked.Count,
                asked.Count(q => q.AnsweredAt is { } answered && answered <= now && answered - q.OccurredAt > limit),
                asked.Count(q => (q.AnsweredAt is null || q.AnsweredAt > now) && now - q.OccurredAt > limit),
                todo.Count, todo.Count(x => x.DueAt < now), limitHours);
            var facts = new HealthFacts(now,
                Nps.Of(mine.SelectMany(r => r.Questions.Where(q => q.Type == QuestionType.Nps)
                    .Select(q => r.Answers.GetValueOrDefault(q.Key)?.Number).OfType<int>())),
                Csat.Of(ScoresOf(mine.Where(r => r.Instrument == BuiltInInstruments.CsatKey).Select(r => r.Answers))),
                Ces.Of(ScoresOf(mine.Where(r => r.Instrument == BuiltInInstruments.CesKey).Select(r => r.Answers))),
                mine.Any(r => r.Instrument == BuiltInInstruments.ServqualKey)
                    ? Servqual.Analyze(mine.Where(r => r.Instrument == BuiltInInstruments.ServqualKey).Select(r => ServqualAnswers.ToResponse(r.Answers)).ToArray())
                    : null,
                experiences[a.Id].ToList(),
                events[a.Id].ToList(),
                sla,
                actions[a.Id].Any() ? todo.Count(x => x.Type == ActionType.Risk) : null,
                contacts.GetValueOrDefault(a.Id));
            return (a, facts);
        }).ToList();
    }

    /// <summary>
    /// The window's survey answers by account, with the survey's instrument and questions read once rather than per response.
    /// SQL hands over only the numbers the scorecard reads of a survey: its NPS questions and its instrument's scored questions.
    /// </summary>
    private static async Task<ILookup<Guid, ScoredAnswers>> ResponsesAsync(DyadDbContext db, Guid? accountId, DateTimeOffset since,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var surveys = await db.Surveys.AsNoTracking().Select(s => new { s.Id, s.Instrument, s.Questions }).ToListAsync(cancellationToken);
        var answers = new List<(Guid AccountId, ScoredAnswers Answers)>();
        foreach (var survey in surveys)
        {
            var inWindow = db.SurveyResponses.AsNoTracking()
                .Where(r => r.SurveyId == survey.Id && r.AccountId != null && (accountId == null || r.AccountId == accountId)
                            && r.SubmittedAt > since && r.SubmittedAt <= now);
            var read = survey.Questions.Where(q => q.Type == QuestionType.Nps).Select(q => q.Key)
                .Union(SurveyScores.ScoredQuestionsOf(survey.Instrument) ?? [], StringComparer.Ordinal)
                .ToArray();
            if (read.Length == 0)
            {
                // Nothing on the scorecard comes from this survey (open questions, the workspace's own).
                continue;
            }
            var rows = (await inWindow.Select(AnswerSql.WithNumbers(db.Database, (r, numbers) => new { r.AccountId, Numbers = numbers }, read))
                    .ToListAsync(cancellationToken))
                .Select(r => (r.AccountId!.Value, AnswerSql.AsAnswers(read, r.Numbers)));
            answers.AddRange(rows.Select(r => (r.Item1, new ScoredAnswers(r.Item2, survey.Instrument, survey.Questions))));
        }
        return answers.ToLookup(a => a.AccountId, a => a.Answers);
    }

    private sealed record ScoredAnswers(IReadOnlyDictionary<string, Answer> Answers, string? Instrument, IReadOnlyList<Question> Questions);

    private static IEnumerable<int> ScoresOf(IEnumerable<IReadOnlyDictionary<string, Answer>> answers) =>
        answers.Select(a => a.GetValueOrDefault(BuiltInInstruments.ScoreQuestion)?.Number).OfType<int>();

    /// <summary>The workspace's response-time limit: the unanswered-question rule's threshold, or its default.</summary>
    private static async Task<decimal> ResponseLimitAsync(DyadDbContext db, CancellationToken cancellationToken)
    {
        var rule = AlertRules.Find(UnansweredQuestionRule)!;
        var setting = await db.AlertRuleSettings.AsNoTracking().SingleOrDefaultAsync(s => s.RuleKey == UnansweredQuestionRule, cancellationToken);
        return AlertRuleSetting.Effective(rule, setting);
    }

    /// <summary>The latest touchpoint occurrence, survey answer or logged communication of each account, up to now.</summary>
    private static async Task<Dictionary<Guid, Contact>> LastContactsAsync(DyadDbContext db, Guid? accountId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var occurrences = await db.TouchpointOccurrences.Where(o => (accountId == null || o.AccountId == accountId) && o.OccurredAt <= now)
            .GroupBy(o => o.AccountId).Select(g => new { g.Key, At = g.Max(o => o.OccurredAt) }).ToListAsync(cancellationToken);
        var answers = await db.SurveyResponses.Where(r => r.AccountId != null && (accountId == null || r.AccountId == accountId) && r.SubmittedAt <= now)
            .GroupBy(r => r.AccountId!.Value).Select(g => new { g.Key, At = g.Max(r => r.SubmittedAt) }).ToListAsync(cancellationToken);
        var logged = await db.Communications.Where(c => (accountId == null || c.AccountId == accountId) && c.OccurredAt <= now)
            .GroupBy(c => c.AccountId).Select(g => new { g.Key, At = g.Max(c => c.OccurredAt) }).ToListAsync(cancellationToken);
        return occurrences.Select(o => (o.Key, Contact: new Contact(o.At, "touchpoint occurrence")))
            .Concat(answers.Select(a => (a.Key, Contact: new Contact(a.At, "survey answer"))))
            .Concat(logged.Select(c => (c.Key, Contact: new Contact(c.At, "logged communication"))))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.MaxBy(x => x.Contact.At).Contact);
    }
}

using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Dyad.Core.Surveys;
using Dyad.Data;
using Dyad.Data.Accounts;
using Dyad.Data.Alerts;
using Dyad.Data.Health;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Bench.Analytics;

/// <summary>
/// What account health reads, for pandas to score every account from: the accounts (their CSV export), every survey's
/// responses (its CSV export), and the critical events, logged communications, actions, touchpoint occurrences and target
/// experiences as plain CSVs of their rows, accounts by name as the survey exports name them. <c>health.json</c> holds the
/// scorecard, the response-time limit, each survey's file with its instrument and NPS questions, and the moment scored at.
/// </summary>
public static class HealthExport
{
    private const string UnansweredQuestionRule = "unanswered_question";

    /// <summary>Survey exports by survey, named after the instrument (nps.csv, servqual.csv, ...): the other analyses read them too.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> ExportSurveysAsync(IServiceProvider services, string folder)
    {
        var db = services.GetRequiredService<DyadDbContext>();
        var csv = services.GetRequiredService<SurveyResponseCsv>();
        var files = new Dictionary<Guid, string>();
        foreach (var survey in await db.Surveys.AsNoTracking().OrderBy(s => s.Instrument).ToListAsync())
        {
            var file = $"{survey.Instrument ?? $"survey-{files.Count}"}.csv";
            await using var writer = new StreamWriter(Path.Combine(folder, file));
            await csv.ExportAsync(survey.Id, writer);
            files[survey.Id] = file;
        }
        return files;
    }

    public static async Task WriteAsync(IServiceProvider services, IReadOnlyDictionary<Guid, string> surveyFiles, DateTimeOffset now, string folder)
    {
        var db = services.GetRequiredService<DyadDbContext>();
        await using (var writer = new StreamWriter(Path.Combine(folder, "accounts.csv")))
        {
            await services.GetRequiredService<AccountCsv>().ExportAsync(writer);
        }
        var names = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name);
        await WriteRowsAsync(Path.Combine(folder, "events.csv"), (await db.CriticalEvents.AsNoTracking()
                .Select(e => new { e.AccountId, e.Phase, e.Sequence, e.OccurredOn, e.StateAfter, e.BeyondRepair }).ToListAsync())
            .Select(e => new
            {
                account = names[e.AccountId], @case = $"{e.Phase}.{e.Sequence}", occurred_on = e.OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                state_after = e.StateAfter.ToString(), beyond_repair = e.BeyondRepair,
            }));
        await WriteRowsAsync(Path.Combine(folder, "communications.csv"), (await db.Communications.AsNoTracking()
                .Select(c => new { c.AccountId, c.Kind, c.OccurredAt, c.AnsweredAt }).ToListAsync())
            .Select(c => new { account = names[c.AccountId], kind = c.Kind.ToString(), occurred_at = Stamp(c.OccurredAt), answered_at = Stamp(c.AnsweredAt) }));
        await WriteRowsAsync(Path.Combine(folder, "actions.csv"), (await db.ActionItems.AsNoTracking()
                .Select(a => new { a.AccountId, a.Type, a.Status, a.DueAt }).ToListAsync())
            .Select(a => new { account = names[a.AccountId], type = a.Type.ToString(), status = a.Status.ToString(), due_at = Stamp(a.DueAt) }));
        await WriteRowsAsync(Path.Combine(folder, "occurrences.csv"), (await db.TouchpointOccurrences.AsNoTracking()
                .Select(o => new { o.AccountId, o.OccurredAt }).ToListAsync())
            .Select(o => new { account = names[o.AccountId], occurred_at = Stamp(o.OccurredAt) }));
        await WriteRowsAsync(Path.Combine(folder, "experiences.csv"), (await db.TargetExperiences.AsNoTracking()
                .Select(t => new { t.Name, t.ArchivedAt }).ToListAsync())
            .Select(t => new { name = t.Name, archived_at = Stamp(t.ArchivedAt) }));

        var scorecard = await services.GetRequiredService<AccountHealthService>().ScorecardAsync();
        // The response-time limit the SLA input counts breaches against: the unanswered-question rule's threshold, as set or by default.
        var limit = (await services.GetRequiredService<AlertRuleSettings>().ListAsync()).Single(r => r.Key == UnansweredQuestionRule).ThresholdValue;
        var surveys = await db.Surveys.AsNoTracking().Where(s => surveyFiles.Keys.Contains(s.Id)).ToListAsync();
        var plan = new
        {
            now = Stamp(now),
            weights = scorecard.Weights.ToDictionary(w => w.Input.ToString(), w => w.Weight),
            redBelow = scorecard.RedBelow,
            greenFrom = scorecard.GreenFrom,
            responseLimitHours = limit,
            surveys = surveys.Select(s => new
            {
                file = surveyFiles[s.Id],
                instrument = s.Instrument,
                npsQuestions = s.Questions.Where(q => q.Type == QuestionType.Nps).Select(q => q.Key),
            }),
        };
        await File.WriteAllTextAsync(Path.Combine(folder, "health.json"), JsonSerializer.Serialize(plan));
    }

    /// <summary>A moment to the tick, in UTC: the survey exports' seconds would blur the windows' edges.</summary>
    private static string Stamp(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) ?? "";

    private static async Task WriteRowsAsync<T>(string file, IEnumerable<T> rows)
    {
        await using var writer = new StreamWriter(file);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        await csv.WriteRecordsAsync(rows);
    }
}

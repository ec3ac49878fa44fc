using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Dyad.Bench.Common;
using Dyad.Core.Feedback.Codebooks;
using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Journeys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Data;
using Dyad.Data.Demo;
using Dyad.Data.Events;
using Dyad.Data.Feedback;
using Dyad.Data.Health;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Bench.Analytics;

/// <summary>
/// The analyses behind the dashboards (NPS, SERVQUAL gaps per dimension, recurrence of practices per phase, keyword
/// frequencies of the open answers, every account's health) by Dyad's services over a generated workspace, against pandas
/// computing the same numbers from the workspace's CSV exports, its codebook and its scorecard. The numbers are compared
/// one by one.
/// </summary>
public static class AnalyticsBenchmark
{
    public const string DyadSide = "analytics-dyad";

    /// <summary>Relative difference two means may have from summing in another order; counts must be equal.</summary>
    public const double Tolerance = 1e-9;

    public static async Task<AnalyticsPlan> PrepareAsync(BenchDatabase database, string workFolder, int responses, int seed = 1)
    {
        await using var services = database.BuildServices(workFolder);
        Guid workspaceId;
        await using (var scope = services.CreateAsyncScope())
        {
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<DyadDbContext>());
            // The benchmark size's proportions: 100 responses, 5 touchpoint occurrences and 5 events per account, 10 people per account.
            var size = new GeneratorSize(Math.Max(10, responses / 100), Math.Max(100, responses / 10), responses, Math.Max(50, responses / 20),
                Math.Max(50, responses / 20), seed);
            workspaceId = (await scope.ServiceProvider.GetRequiredService<WorkspaceGenerator>().GenerateAsync("analytics-bench", size)).Workspace.Id;
        }
        await database.SettleAsync();
        await using var work = BenchDatabase.Enter(services, workspaceId);
        // The open answers are coded with 004's keywords and thresholds, as a workspace that adopted them would have them.
        await work.ServiceProvider.GetRequiredService<CodebookService>().CreateAsync(new CodebookDraft("004 keywords",
            Codebook004.Codebook.Keywords.Select(k => new OwnedKeyword(k.Keyword, k.Topic, k.Synonyms)).ToArray(),
            Codebook004.Thresholds.Select(t => new TopicThreshold(t.Key, t.Value)).ToArray()));
        var db = work.ServiceProvider.GetRequiredService<DyadDbContext>();
        // Whole seconds, as the survey exports write their times, so a window's edge falls alike on both sides.
        var now = DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds());
        await HealthActivity.AddAsync(db, now, seed);
        var surveys = await db.Surveys.AsNoTracking().ToDictionaryAsync(s => s.Instrument ?? "", s => s.Id);
        var template = await db.JourneyTemplates.Where(t => t.Name == BuiltInJourneyTemplates.ServiceJourney).Select(t => t.Id).SingleAsync();
        var folder = Path.Combine(workFolder, "export");
        Directory.CreateDirectory(folder);
        var surveyFiles = await HealthExport.ExportSurveysAsync(work.ServiceProvider, folder);
        await ExportPracticesAsync(db, template, Path.Combine(folder, "practices.csv"));
        await ExportOpenAnswersAsync(work.ServiceProvider, surveyFiles, folder);
        await HealthExport.WriteAsync(work.ServiceProvider, surveyFiles, now, folder);
        return new AnalyticsPlan(database.Provider, database.ConnectionString, workFolder, workspaceId,
            surveys[BuiltInInstruments.NpsKey], surveys[BuiltInInstruments.ServqualKey], template, folder, now);
    }

    /// <summary>Each practice used in an event of the template, with the event's phase: what the recurrence matrix counts.</summary>
    private static async Task ExportPracticesAsync(DyadDbContext db, Guid templateId, string file)
    {
        var uses = await (
                from e in db.CriticalEvents
                where e.TemplateId == templateId
                join use in db.EventPractices on e.Id equals use.EventId
                join practice in db.Practices on use.PracticeId equals practice.Id
                select new { phase = e.Phase, practice = practice.Name })
            .ToListAsync();
        await using var writer = new StreamWriter(file);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        await csv.WriteRecordsAsync(uses);
    }

    /// <summary>
    /// <c>codebook.json</c>: the workspace's keywords with their synonyms, the topics' thresholds, and the export of each
    /// survey with answered open questions with the topic of each of its open questions.
    /// </summary>
    private static async Task ExportOpenAnswersAsync(IServiceProvider services, IReadOnlyDictionary<Guid, string> surveyFiles, string folder)
    {
        var selection = await services.GetRequiredService<FeedbackInbox>().SelectAsync(new FeedbackFilter(Source: FeedbackSources.Survey));
        var sources = selection.Items.GroupBy(i => i.SurveyId!.Value)
            .Select(survey => new { file = surveyFiles[survey.Key], topics = survey.DistinctBy(i => i.QuestionKey).ToDictionary(i => i.QuestionKey!, i => i.Topic) })
            .ToList();
        var codebook = new
        {
            keywords = selection.Codebook.Keywords.Select(k => new { keyword = k.Keyword, topic = k.Topic, synonyms = k.Synonyms }),
            thresholds = selection.Thresholds,
            otherTopics = selection.OtherTopicsThreshold,
            sources,
        };
        await File.WriteAllTextAsync(Path.Combine(folder, "codebook.json"), JsonSerializer.Serialize(codebook));
    }

    /// <summary>Dyad's numbers by the services the dashboards call, written to <c>dyad-numbers.json</c> in the work folder.</summary>
    public static async Task<Measurement> RunDyadAsync(AnalyticsPlan plan)
    {
        await using var services = new BenchDatabase(plan.Provider, plan.ConnectionString).BuildServices(plan.WorkFolder, new FixedClock(plan.Now));
        await using var scope = BenchDatabase.Enter(services, plan.WorkspaceId);
        var surveys = scope.ServiceProvider.GetRequiredService<SurveyAnalysisService>();
        var events = scope.ServiceProvider.GetRequiredService<EventAnalyticsService>();
        var feedback = scope.ServiceProvider.GetRequiredService<FeedbackInbox>();
        var health = scope.ServiceProvider.GetRequiredService<AccountHealthService>();
        var answers = new FeedbackFilter(Source: FeedbackSources.Survey);
        // A running server has built EF Core's model and compiled these queries long before a dashboard is opened, which
        // under load takes longer than the analyses themselves: one untimed pass first, as an earlier page view would.
        await surveys.AnalyseAsync(plan.NpsSurveyId);
        await surveys.AnalyseAsync(plan.ServqualSurveyId);
        await events.AnalyseAsync(new EventFilter(), plan.TemplateId);
        await feedback.SelectAsync(answers);
        await health.ListAsync();
        var watch = Stopwatch.StartNew();
        var nps = (await surveys.AnalyseAsync(plan.NpsSurveyId))!;
        var npsDone = watch.Elapsed;
        var servqual = (await surveys.AnalyseAsync(plan.ServqualSurveyId))!;
        var servqualDone = watch.Elapsed;
        var practices = (await events.AnalyseAsync(new EventFilter(), plan.TemplateId))!;
        var recurrenceDone = watch.Elapsed;
        var keywords = (await feedback.SelectAsync(answers)).Frequencies();
        var keywordsDone = watch.Elapsed;
        var accounts = await health.ListAsync();
        watch.Stop();
        // Which analysis the time went to, for whoever makes it faster.
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"analytics: NPS {npsDone.TotalSeconds:0.00} s, SERVQUAL {(servqualDone - npsDone).TotalSeconds:0.00} s, recurrence {(recurrenceDone - servqualDone).TotalSeconds:0.00} s, keywords {(keywordsDone - recurrenceDone).TotalSeconds:0.00} s, health of {accounts.Count} accounts {(watch.Elapsed - keywordsDone).TotalSeconds:0.00} s"));

        var numbers = new Dictionary<string, double>
        {
            ["nps.responses"] = nps.Nps!.Responses,
            ["nps.promoters"] = nps.Nps.Promoters,
            ["nps.passives"] = nps.Nps.Passives,
            ["nps.detractors"] = nps.Nps.Detractors,
            ["nps.score"] = nps.Nps.Score!.Value,
            ["servqual.gap"] = servqual.Servqual!.Gap!.Value,
        };
        foreach (var dimension in servqual.Servqual.Dimensions)
        {
            numbers[$"servqual.gap.{dimension.Dimension.ToString().ToLowerInvariant()}"] = dimension.Gap!.Value;
        }
        foreach (var row in practices.Recurrence)
        {
            numbers[$"recurrence.{row.Phase}.{row.Practice.Name}"] = row.Count;
        }
        foreach (var keyword in keywords)
        {
            numbers[$"keywords.{keyword.Topic}.{keyword.Keyword}"] = keyword.Frequency;
            numbers[$"keywords.share.{keyword.Topic}.{keyword.Keyword}"] = keyword.Share;
        }
        numbers["health.accounts"] = accounts.Count;
        foreach (var account in accounts)
        {
            // An account without a score has no colour either; NPS is the account's own over the health window.
            if (account.Score is { } score)
            {
                numbers[$"health.{account.Name}.score"] = score;
                numbers[$"health.{account.Name}.rag"] = (int)account.Rag!.Value;
            }
            if (account.Nps is { } accountNps)
            {
                numbers[$"health.{account.Name}.nps"] = accountNps;
            }
        }
        await File.WriteAllTextAsync(DyadNumbers(plan), JsonSerializer.Serialize(numbers));
        return Measurement.Of(nps.Responses + servqual.Responses, watch);
    }

    public static Task<Measurement> RunReferenceAsync(string referenceFolder, AnalyticsPlan plan) =>
        SideProcess.RunAsync("/usr/bin/python3", [Path.Combine(referenceFolder, "analytics.py"), plan.ExportFolder, ReferenceNumbers(plan)]);

    /// <summary>Each number that is missing on one side or differs beyond <see cref="Tolerance"/>, as "name: Dyad vs pandas".</summary>
    public static IReadOnlyList<string> Differences(AnalyticsPlan plan)
    {
        var dyad = Read(DyadNumbers(plan));
        var reference = Read(ReferenceNumbers(plan));
        return dyad.Keys.Union(reference.Keys).Order(StringComparer.Ordinal)
            .Where(key => !dyad.TryGetValue(key, out var mine) || !reference.TryGetValue(key, out var theirs)
                          || Math.Abs(mine - theirs) > Tolerance * Math.Max(1, Math.Abs(theirs)))
            .Select(key => string.Create(CultureInfo.InvariantCulture, $"{key}: {dyad.GetValueOrDefault(key, double.NaN)} vs {reference.GetValueOrDefault(key, double.NaN)}"))
            .ToList();
    }

    /// <summary>How many numbers Dyad computed whose name starts with <paramref name="prefix"/> (all of them by default).</summary>
    public static int Count(AnalyticsPlan plan, string prefix = "") =>
        Read(DyadNumbers(plan)).Keys.Count(key => key.StartsWith(prefix, StringComparison.Ordinal));

    public static async Task RunAsync(BenchDatabase database, string referenceFolder, string workFolder, int responses, ResultTable table)
    {
        var plan = await PrepareAsync(database, workFolder, responses);
        var planFile = Path.Combine(workFolder, "analytics-plan.json");
        await File.WriteAllTextAsync(planFile, JsonSerializer.Serialize(plan, Measurement.Json));
        var dyad = await SideProcess.RunSelfAsync(DyadSide, planFile);
        var reference = await RunReferenceAsync(referenceFolder, plan);
        var differences = Differences(plan);
        table.Add($"{plan.Provider}: NPS, SERVQUAL gaps, recurrence, keywords, health", dyad, "pandas on the CSV exports", reference,
            differences.Count == 0 ? $"all {Count(plan)} numbers equal" : $"MISMATCH: {string.Join("; ", differences.Take(3))}");
    }

    public static async Task<AnalyticsPlan> ReadPlanAsync(string planFile) =>
        JsonSerializer.Deserialize<AnalyticsPlan>(await File.ReadAllTextAsync(planFile), Measurement.Json)
        ?? throw new InvalidOperationException($"{planFile} holds no plan.");

    private static string DyadNumbers(AnalyticsPlan plan) => Path.Combine(plan.WorkFolder, "dyad-numbers.json");

    private static string ReferenceNumbers(AnalyticsPlan plan) => Path.Combine(plan.WorkFolder, "reference-numbers.json");

    private static Dictionary<string, double> Read(string file) =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(file)) ?? [];
}

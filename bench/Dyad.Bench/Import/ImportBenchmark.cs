using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Dyad.Bench.Common;
using Dyad.Core.Ingestion;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Data;
using Dyad.Data.Actions;
using Dyad.Data.Demo;
using Dyad.Data.Ingestion;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Bench.Import;

/// <summary>
/// Bulk import of a wide response CSV through Dyad's import (<see cref="BulkImport"/>, what the CLI, the API and the
/// page call) against the engine's fastest path for the same file into the same table: PostgreSQL's binary COPY, or a SQLite
/// prepared statement in one transaction. The import stores the responses and queues their detractors' follow-ups; the
/// follow-up job that then opens those actions is measured too, in a process of its own, and shown both apart and added
/// to the import's time.
/// </summary>
public static class ImportBenchmark
{
    public const string DyadSide = "import-dyad";
    public const string FollowUpSide = "import-follow-ups";
    public const string ReferenceSide = "import-reference";

    /// <summary>A workspace whose NPS survey holds about <paramref name="rows"/> responses, exported to the file both sides import.</summary>
    public static async Task<ImportPlan> PrepareAsync(BenchDatabase database, string workFolder, int rows, int seed = 1)
    {
        await using var services = database.BuildServices(workFolder);
        Guid workspaceId;
        await using (var scope = services.CreateAsyncScope())
        {
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<DyadDbContext>());
            // Half the generated responses are NPS; accounts and people in proportion to the benchmark size's.
            var size = new GeneratorSize(Math.Max(10, rows / 100), Math.Max(100, rows / 10), rows * 2, 0, 0, seed);
            workspaceId = (await scope.ServiceProvider.GetRequiredService<WorkspaceGenerator>().GenerateAsync("import-bench", size)).Workspace.Id;
        }
        await using var work = BenchDatabase.Enter(services, workspaceId);
        var surveys = work.ServiceProvider.GetRequiredService<SurveyService>();
        var source = (await surveys.ListAsync()).Single(s => s.Instrument == BuiltInInstruments.NpsKey).Id;
        var file = Path.Combine(workFolder, "responses.csv");
        int exported;
        await using (var writer = new StreamWriter(file))
        {
            exported = (await work.ServiceProvider.GetRequiredService<SurveyResponseCsv>().ExportAsync(source, writer))!.Value;
        }
        var warmUpFile = Path.Combine(workFolder, "warm-up.csv");
        CopyFirstRecords(file, warmUpFile, WarmUpRows);
        Task<Guid> OpenSurveyAsync(string name) => surveys.CreateAsync(new SurveyDetails(name, BuiltInInstruments.NpsKey, Status: SurveyStatus.Open));
        return new ImportPlan(database.Provider, database.ConnectionString, workFolder, workspaceId, await OpenSurveyAsync("Imported by Dyad"),
            await OpenSurveyAsync("Imported by the engine"), file, exported, warmUpFile, await OpenSurveyAsync("Dyad's warm-up"),
            await OpenSurveyAsync("The engine's warm-up"));
    }

    /// <summary>Rows of the warm-up file: enough to run every step of a load once, few enough to take no time.</summary>
    private const int WarmUpRows = 200;

    private static void CopyFirstRecords(string from, string to, int records)
    {
        using var reader = new CsvReader(new StreamReader(from), CultureInfo.InvariantCulture);
        using var writer = new CsvWriter(new StreamWriter(to), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        foreach (var field in reader.HeaderRecord!)
        {
            writer.WriteField(field);
        }
        writer.NextRecord();
        for (var copied = 0; copied < records && reader.Read(); copied++)
        {
            foreach (var field in reader.Parser.Record!)
            {
                writer.WriteField(field);
            }
            writer.NextRecord();
        }
    }

    public static async Task<Measurement> RunDyadAsync(ImportPlan plan)
    {
        await using var services = new BenchDatabase(plan.Provider, plan.ConnectionString).BuildServices(plan.WorkFolder);
        await using var scope = BenchDatabase.Enter(services, plan.WorkspaceId);
        var import = scope.ServiceProvider.GetRequiredService<BulkImport>();
        Task<ImportSummary> ImportAsync(string file, Guid surveyId) =>
            import.ImportAsync(new ImportRequest(ImportEntity.Responses, ImportFormat.Csv, Path.GetFileName(file), () => File.OpenRead(file), surveyId));
        await ImportAsync(plan.WarmUpFile, plan.DyadWarmUpSurveyId);
        // The warm-up's own follow-ups, so that only the timed file's wait for the follow-up side.
        await scope.ServiceProvider.GetRequiredService<ResponseActionRule>().OpenQueuedAsync();
        var watch = Stopwatch.StartNew();
        var summary = await ImportAsync(plan.File, plan.DyadSurveyId);
        return Measurement.Of(summary.Inserted, watch);
    }

    /// <summary>
    /// The follow-up job's pass after the import: the actions of the detractors it queued, with their tasks and audit
    /// entries. Not warmed up: a process of its own that has not opened follow-ups before.
    /// </summary>
    public static async Task<Measurement> RunFollowUpsAsync(ImportPlan plan)
    {
        await using var services = new BenchDatabase(plan.Provider, plan.ConnectionString).BuildServices(plan.WorkFolder);
        await using var scope = BenchDatabase.Enter(services, plan.WorkspaceId);
        await scope.ServiceProvider.GetRequiredService<DyadDbContext>().Surveys.AnyAsync(s => s.Id == plan.DyadSurveyId);
        var watch = Stopwatch.StartNew();
        var opened = await scope.ServiceProvider.GetRequiredService<ResponseActionRule>().OpenQueuedAsync();
        return Measurement.Of(opened, watch);
    }

    public static Task<Measurement> RunReferenceAsync(ImportPlan plan) => EngineBulkLoad.RunAsync(plan);

    /// <summary>The follow-ups queued in the workspace and not yet opened.</summary>
    public static Task<int> CountQueuedAsync(ImportPlan plan) => InWorkspaceAsync(plan, db => db.QueuedFollowUps.CountAsync());

    /// <summary>The actions the detractor rule opened on responses to the survey Dyad imported into.</summary>
    public static Task<int> CountFollowUpActionsAsync(ImportPlan plan) => InWorkspaceAsync(plan, db =>
    {
        var imported = db.SurveyResponses.Where(r => r.SurveyId == plan.DyadSurveyId).Select(r => r.Id);
        return db.ActionItems.CountAsync(a => a.CreatedBy == ResponseActionRule.CreatedBy && imported.Contains(a.Links.ResponseId!.Value));
    });

    /// <summary>The responses a survey holds now, counted in the database.</summary>
    public static Task<int> CountAsync(ImportPlan plan, Guid surveyId) =>
        InWorkspaceAsync(plan, db => db.SurveyResponses.CountAsync(r => r.SurveyId == surveyId));

    private static async Task<T> InWorkspaceAsync<T>(ImportPlan plan, Func<DyadDbContext, Task<T>> query)
    {
        await using var services = new BenchDatabase(plan.Provider, plan.ConnectionString).BuildServices(plan.WorkFolder);
        await using var scope = BenchDatabase.Enter(services, plan.WorkspaceId);
        return await query(scope.ServiceProvider.GetRequiredService<DyadDbContext>());
    }

    /// <summary>Both sides, each in a process of its own, and the rows each stored.</summary>
    public static async Task RunAsync(BenchDatabase database, string workFolder, int rows, ResultTable table)
    {
        var plan = await PrepareAsync(database, workFolder, rows);
        var planFile = Path.Combine(workFolder, "import-plan.json");
        await File.WriteAllTextAsync(planFile, JsonSerializer.Serialize(plan, Measurement.Json));
        var dyad = await SideProcess.RunSelfAsync(DyadSide, planFile);
        var queued = await CountQueuedAsync(plan);
        var followUps = await SideProcess.RunSelfAsync(FollowUpSide, planFile);
        var reference = await SideProcess.RunSelfAsync(ReferenceSide, planFile);
        var stored = await CountAsync(plan, plan.DyadSurveyId);
        var copied = await CountAsync(plan, plan.ReferenceSurveyId);
        var opened = await CountFollowUpActionsAsync(plan);
        var left = await CountQueuedAsync(plan);
        var check = stored == plan.Rows && copied == plan.Rows ? $"both stored {plan.Rows:N0} rows" : $"MISMATCH: file {plan.Rows}, Dyad {stored}, reference {copied}";
        var engine = plan.Provider == DatabaseProvider.Postgres ? "binary COPY" : "prepared INSERT, one transaction";
        table.Add($"{plan.Provider} CSV import", dyad, engine, reference, $"{check}; {queued:N0} follow-ups queued");
        table.Add($"{plan.Provider} CSV import, then the follow-up job opening its actions ({followUps.Seconds:0.00} s of it)",
            new Measurement(dyad.Items, dyad.Seconds + followUps.Seconds, Math.Max(dyad.PeakKilobytes, followUps.PeakKilobytes)), engine, reference,
            opened == queued && followUps.Items == queued && left == 0
                ? $"{opened:N0} actions opened, one per queued follow-up, none left queued"
                : $"MISMATCH: {queued} queued, {followUps.Items} opened by the job, {opened} actions stored, {left} left queued");
    }

    public static async Task<ImportPlan> ReadPlanAsync(string planFile) =>
        JsonSerializer.Deserialize<ImportPlan>(await File.ReadAllTextAsync(planFile), Measurement.Json)
        ?? throw new InvalidOperationException($"{planFile} holds no plan.");
}

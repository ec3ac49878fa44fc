using System.Diagnostics;
using System.Text.Json;
using Dyad.Bench.Common;
using Dyad.Core.Ingestion;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Data;
using Dyad.Data.Demo;
using Dyad.Data.Ingestion;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Bench.Import;

/// <summary>
/// Bulk import of a wide response CSV through Dyad's import (<see cref="BulkImport"/>, what the CLI, the API and the
/// page call) against the engine's fastest path for the same file into the same table: PostgreSQL's binary COPY, or a SQLite
/// prepared statement in one transaction.
/// </summary>
public static class ImportBenchmark
{
    public const string DyadSide = "import-dyad";
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
        var dyad = await surveys.CreateAsync(new SurveyDetails("Imported by Dyad", BuiltInInstruments.NpsKey, Status: SurveyStatus.Open));
        var reference = await surveys.CreateAsync(new SurveyDetails("Imported by the engine", BuiltInInstruments.NpsKey, Status: SurveyStatus.Open));
        return new ImportPlan(database.Provider, database.ConnectionString, workFolder, workspaceId, dyad, reference, file, exported);
    }

    public static async Task<Measurement> RunDyadAsync(ImportPlan plan)
    {
        await using var services = new BenchDatabase(plan.Provider, plan.ConnectionString).BuildServices(plan.WorkFolder);
        await using var scope = BenchDatabase.Enter(services, plan.WorkspaceId);
        var import = scope.ServiceProvider.GetRequiredService<BulkImport>();
        // A running server has built EF Core's model long before an import comes in; the engine's side has no model to build.
        await scope.ServiceProvider.GetRequiredService<DyadDbContext>().Surveys.AnyAsync(s => s.Id == plan.DyadSurveyId);
        var watch = Stopwatch.StartNew();
        var summary = await import.ImportAsync(new ImportRequest(ImportEntity.Responses, ImportFormat.Csv, Path.GetFileName(plan.File),
            () => File.OpenRead(plan.File), plan.DyadSurveyId));
        return Measurement.Of(summary.Inserted, watch);
    }

    public static Task<Measurement> RunReferenceAsync(ImportPlan plan) => EngineBulkLoad.RunAsync(plan);

    /// <summary>The responses a survey holds now, counted in the database.</summary>
    public static async Task<int> CountAsync(ImportPlan plan, Guid surveyId)
    {
        await using var services = new BenchDatabase(plan.Provider, plan.ConnectionString).BuildServices(plan.WorkFolder);
        await using var scope = BenchDatabase.Enter(services, plan.WorkspaceId);
        return await scope.ServiceProvider.GetRequiredService<DyadDbContext>().SurveyResponses.CountAsync(r => r.SurveyId == surveyId);
    }

    /// <summary>Both sides, each in a process of its own, and the rows each stored.</summary>
    public static async Task RunAsync(BenchDatabase database, string workFolder, int rows, ResultTable table)
    {
        var plan = await PrepareAsync(database, workFolder, rows);
        var planFile = Path.Combine(workFolder, "import-plan.json");
        await File.WriteAllTextAsync(planFile, JsonSerializer.Serialize(plan, Measurement.Json));
        var dyad = await SideProcess.RunSelfAsync(DyadSide, planFile);
        var reference = await SideProcess.RunSelfAsync(ReferenceSide, planFile);
        var stored = await CountAsync(plan, plan.DyadSurveyId);
        var copied = await CountAsync(plan, plan.ReferenceSurveyId);
        var check = stored == plan.Rows && copied == plan.Rows ? $"both stored {plan.Rows:N0} rows" : $"MISMATCH: file {plan.Rows}, Dyad {stored}, reference {copied}";
        table.Add($"{plan.Provider} CSV import", dyad, plan.Provider == DatabaseProvider.Postgres ? "binary COPY" : "prepared INSERT, one transaction",
            reference, check);
    }

    public static async Task<ImportPlan> ReadPlanAsync(string planFile) =>
        JsonSerializer.Deserialize<ImportPlan>(await File.ReadAllTextAsync(planFile), Measurement.Json)
        ?? throw new InvalidOperationException($"{planFile} holds no plan.");
}

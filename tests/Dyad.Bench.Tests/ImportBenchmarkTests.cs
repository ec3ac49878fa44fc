using System.Globalization;
using CsvHelper;
using Dyad.Bench.Import;
using Dyad.Data;

namespace Dyad.Bench.Tests;

/// <summary>
/// A small run of the import benchmark: Dyad's import and the engine's bulk path each store every row of the same file,
/// and the follow-up job then opens one action for each detractor of a known account in it.
/// </summary>
public abstract class ImportBenchmarkTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Dyad_import_and_the_engine_bulk_path_store_every_row_of_the_same_file_and_every_detractor_gets_its_action()
    {
        await using var folder = await BenchFolder.CreateAsync(provider);
        var plan = await ImportBenchmark.PrepareAsync(folder.Database!, folder.Path, rows: 150);

        var dyad = await ImportBenchmark.RunDyadAsync(plan);
        var queued = await ImportBenchmark.CountQueuedAsync(plan);
        var followUps = await ImportBenchmark.RunFollowUpsAsync(plan);
        var reference = await ImportBenchmark.RunReferenceAsync(plan);

        Assert.True(plan.Rows > 100, $"The file has only {plan.Rows} rows.");
        Assert.Equal(plan.Rows, dyad.Items);
        Assert.Equal(plan.Rows, reference.Items);
        Assert.Equal(plan.Rows, await ImportBenchmark.CountAsync(plan, plan.DyadSurveyId));
        Assert.Equal(plan.Rows, await ImportBenchmark.CountAsync(plan, plan.ReferenceSurveyId));
        var detractors = DetractorsOfAccounts(plan.File);
        Assert.True(detractors > 0, $"The file has only {detractors} detractors.");
        Assert.Equal(detractors, queued);
        Assert.Equal(detractors, followUps.Items);
        Assert.Equal(detractors, await ImportBenchmark.CountFollowUpActionsAsync(plan));
        Assert.Equal(0, await ImportBenchmark.CountQueuedAsync(plan));
    }

    /// <summary>Rows of the file with an account and an NPS of at most 6, the workspace's default limit, read straight from the file.</summary>
    private static int DetractorsOfAccounts(string file)
    {
        using var reader = new StreamReader(file);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var detractors = 0;
        while (csv.Read())
        {
            if (!string.IsNullOrEmpty(csv.GetField("account")) && int.TryParse(csv.GetField("score"), CultureInfo.InvariantCulture, out var score) && score <= 6)
            {
                detractors++;
            }
        }
        return detractors;
    }
}

public sealed class ImportBenchmarkTestsOnSqlite() : ImportBenchmarkTests(DatabaseProvider.Sqlite);

public sealed class ImportBenchmarkTestsOnPostgres() : ImportBenchmarkTests(DatabaseProvider.Postgres);

using Dyad.Bench.Import;
using Dyad.Data;

namespace Dyad.Bench.Tests;

/// <summary>A small run of the import benchmark: Dyad's import and the engine's bulk path each store every row of the same file.</summary>
public abstract class ImportBenchmarkTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Dyad_import_and_the_engine_bulk_path_store_every_row_of_the_same_file()
    {
        await using var folder = await BenchFolder.CreateAsync(provider);
        var plan = await ImportBenchmark.PrepareAsync(folder.Database!, folder.Path, rows: 150);

        var dyad = await ImportBenchmark.RunDyadAsync(plan);
        var reference = await ImportBenchmark.RunReferenceAsync(plan);

        Assert.True(plan.Rows > 100, $"The file has only {plan.Rows} rows.");
        Assert.Equal(plan.Rows, dyad.Items);
        Assert.Equal(plan.Rows, reference.Items);
        Assert.Equal(plan.Rows, await ImportBenchmark.CountAsync(plan, plan.DyadSurveyId));
        Assert.Equal(plan.Rows, await ImportBenchmark.CountAsync(plan, plan.ReferenceSurveyId));
    }
}

public sealed class ImportBenchmarkTestsOnSqlite() : ImportBenchmarkTests(DatabaseProvider.Sqlite);

public sealed class ImportBenchmarkTestsOnPostgres() : ImportBenchmarkTests(DatabaseProvider.Postgres);

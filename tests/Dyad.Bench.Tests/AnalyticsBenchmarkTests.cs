using Dyad.Bench.Analytics;
using Dyad.Data;

namespace Dyad.Bench.Tests;

/// <summary>A small run of the analytics benchmark: Dyad's dashboard numbers equal pandas' from the workspace's exports.</summary>
public abstract class AnalyticsBenchmarkTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Nps_servqual_gaps_and_recurrence_equal_what_pandas_computes_from_the_exports()
    {
        await using var folder = await BenchFolder.CreateAsync(provider);
        var plan = await AnalyticsBenchmark.PrepareAsync(folder.Database!, folder.Path, responses: 400);

        await AnalyticsBenchmark.RunDyadAsync(plan);
        await AnalyticsBenchmark.RunReferenceAsync(BenchFolder.ReferenceFolder, plan);

        Assert.Empty(AnalyticsBenchmark.Differences(plan));
        // NPS (5), SERVQUAL (6) and at least some recurrence cells: the comparison covered every kind of number.
        Assert.True(AnalyticsBenchmark.Count(plan) > 11, $"Only {AnalyticsBenchmark.Count(plan)} numbers were compared.");
    }
}

public sealed class AnalyticsBenchmarkTestsOnSqlite() : AnalyticsBenchmarkTests(DatabaseProvider.Sqlite);

public sealed class AnalyticsBenchmarkTestsOnPostgres() : AnalyticsBenchmarkTests(DatabaseProvider.Postgres);

using Dyad.Bench.Analytics;
using Dyad.Data;

namespace Dyad.Bench.Tests;

/// <summary>A small run of the analytics benchmark: Dyad's dashboard and health numbers equal pandas' from the workspace's exports.</summary>
public abstract class AnalyticsBenchmarkTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Nps_servqual_gaps_recurrence_keyword_frequencies_and_account_health_equal_what_pandas_computes_from_the_exports()
    {
        await using var folder = await BenchFolder.CreateAsync(provider);
        var plan = await AnalyticsBenchmark.PrepareAsync(folder.Database!, folder.Path, responses: 400);

        await AnalyticsBenchmark.RunDyadAsync(plan);
        await AnalyticsBenchmark.RunReferenceAsync(BenchFolder.ReferenceFolder, plan);

        Assert.Empty(AnalyticsBenchmark.Differences(plan));
        // NPS (5), SERVQUAL (6), some recurrence cells and keywords, and the health of the 10 accounts (their count, and each
        // one's score, colour and NPS): the comparison covered every kind of number.
        Assert.Equal(5, AnalyticsBenchmark.Count(plan, "nps."));
        Assert.Equal(6, AnalyticsBenchmark.Count(plan, "servqual."));
        Assert.NotEqual(0, AnalyticsBenchmark.Count(plan, "recurrence."));
        Assert.NotEqual(0, AnalyticsBenchmark.Count(plan, "keywords."));
        Assert.Equal(1 + 3 * 10, AnalyticsBenchmark.Count(plan, "health."));
    }
}

public sealed class AnalyticsBenchmarkTestsOnSqlite() : AnalyticsBenchmarkTests(DatabaseProvider.Sqlite);

public sealed class AnalyticsBenchmarkTestsOnPostgres() : AnalyticsBenchmarkTests(DatabaseProvider.Postgres);

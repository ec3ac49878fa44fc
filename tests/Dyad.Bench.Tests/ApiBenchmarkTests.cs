using Dyad.Bench.Api;
using Dyad.Data;

namespace Dyad.Bench.Tests;

/// <summary>A short wrk run against the web app: no request fails and every response the API acknowledged is stored.</summary>
public abstract class ApiBenchmarkTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Every_response_wrk_got_acknowledged_is_stored_and_no_request_failed()
    {
        await using var folder = await BenchFolder.CreateAsync(provider);
        var plan = await ApiBenchmark.PrepareAsync(folder.Database!, folder.Path);

        // wrk drops the requests still in flight when its time is up; a submission can take seconds while other test
        // assemblies share the cores, so the run is long enough for some to complete.
        var (_, submitted, _, health) = await ApiBenchmark.RunAsync(plan, BenchFolder.WebAssembly, ApiBenchmark.DriverFolder,
            TimeSpan.FromSeconds(10), connections: 4);

        Assert.Equal(0, submitted.Errors);
        Assert.Equal(0, health.Errors);
        Assert.NotEmpty(submitted.Acknowledged);
        Assert.Empty(await ApiBenchmark.MissingAsync(plan, submitted));
    }
}

public sealed class ApiBenchmarkTestsOnSqlite() : ApiBenchmarkTests(DatabaseProvider.Sqlite);

public sealed class ApiBenchmarkTestsOnPostgres() : ApiBenchmarkTests(DatabaseProvider.Postgres);

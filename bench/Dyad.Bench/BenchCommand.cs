using System.Globalization;
using Dyad.Bench.Analytics;
using Dyad.Bench.Api;
using Dyad.Bench.Common;
using Dyad.Bench.Import;
using Dyad.Bench.Sentiment;
using Dyad.Data;

namespace Dyad.Bench;

/// <summary>
/// <c>Dyad.Bench &lt;benchmark&gt; [--size N] [--providers sqlite,postgres] [--work folder]</c> (the API benchmark:
/// <c>[--seconds S] [--connections C] [--web Dyad.Web.dll]</c> instead of a size) runs one benchmark and prints
/// its table; <c>side &lt;name&gt; &lt;plan&gt;</c> is one measured side, started by the benchmark in a process of its own.
/// </summary>
internal static class BenchCommand
{
    private const string Usage =
        "usage: Dyad.Bench import|analytics|sentiment [--size N] [--providers sqlite,postgres] [--work folder]\n" +
        "       Dyad.Bench api [--seconds 20] [--connections 16] [--providers postgres] [--web Dyad.Web.dll] [--work folder]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["side", var side, var plan])
        {
            SideProcess.Print(await RunSideAsync(side, plan));
            return 0;
        }
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        var options = Options(args[1..]);
        var work = Path.GetFullPath(options.GetValueOrDefault("work") ?? Path.Combine(Path.GetTempPath(), $"dyad-bench-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(work);
        // The API benchmark measures the production set-up, a server on PostgreSQL, unless told otherwise.
        var providers = (options.GetValueOrDefault("providers") ?? (args[0] == "api" ? "postgres" : "sqlite,postgres")).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite).ToArray();
        int Number(string name, int byDefault) => options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : byDefault;
        int Size(int byDefault) => Number("size", byDefault);
        var table = args[0] switch
        {
            "import" => await ImportAsync(providers, work, Size(20_000)),
            "sentiment" => await SentimentAsync(work, Size(200_000)),
            "analytics" => await AnalyticsAsync(providers, work, Size(100_000)),
            "api" => await ApiAsync(providers, work, TimeSpan.FromSeconds(Number("seconds", 20)), Number("connections", 16),
                Path.GetFullPath(options.GetValueOrDefault("web") ?? Path.Combine("src", "Dyad.Web", "bin", "Release", "net10.0", "Dyad.Web.dll"))),
            _ => null,
        };
        if (table is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        Console.WriteLine(table);
        return 0;
    }

    private static async Task<ResultTable> ImportAsync(IEnumerable<DatabaseProvider> providers, string work, int rows)
    {
        var table = new ResultTable($"Bulk import of {rows:N0}-ish NPS responses from a wide CSV", "rows");
        foreach (var provider in providers)
        {
            var database = await BenchDatabase.CreateAsync(provider, work);
            try
            {
                await ImportBenchmark.RunAsync(database, work, rows, table);
            }
            finally
            {
                await database.DropAsync();
            }
        }
        return table;
    }

    private static async Task<ResultTable> SentimentAsync(string work, int texts)
    {
        var table = new ResultTable($"Sentiment scoring of {texts:N0} texts", "texts");
        await SentimentBenchmark.RunAsync(ReferenceFolder, Path.Combine(ReferenceFolder, "vader-corpus.txt"), work, texts, table);
        return table;
    }

    private static async Task<ResultTable> AnalyticsAsync(IEnumerable<DatabaseProvider> providers, string work, int responses)
    {
        var table = new ResultTable($"Dashboard analytics over a generated workspace of {responses:N0} responses", "responses");
        foreach (var provider in providers)
        {
            var database = await BenchDatabase.CreateAsync(provider, work);
            try
            {
                await AnalyticsBenchmark.RunAsync(database, ReferenceFolder, Path.Combine(work, provider.ToString().ToLowerInvariant()), responses, table);
            }
            finally
            {
                await database.DropAsync();
            }
        }
        return table;
    }

    private static async Task<ResultTable> ApiAsync(IEnumerable<DatabaseProvider> providers, string work, TimeSpan duration, int connections,
        string webAssembly)
    {
        var table = new ResultTable($"API ingestion over loopback, wrk for {duration.TotalSeconds:0} s at {connections} connections", "requests");
        foreach (var provider in providers)
        {
            var database = await BenchDatabase.CreateAsync(provider, work);
            try
            {
                await ApiBenchmark.RunAsync(database, webAssembly, Path.Combine(work, $"api-{provider.ToString().ToLowerInvariant()}"), duration,
                    connections, table);
            }
            finally
            {
                await database.DropAsync();
            }
        }
        return table;
    }

    private static string ReferenceFolder => Path.Combine(AppContext.BaseDirectory, "reference");

    private static async Task<Measurement> RunSideAsync(string side, string plan) => side switch
    {
        ImportBenchmark.DyadSide => await ImportBenchmark.RunDyadAsync(await ImportBenchmark.ReadPlanAsync(plan)),
        ImportBenchmark.FollowUpSide => await ImportBenchmark.RunFollowUpsAsync(await ImportBenchmark.ReadPlanAsync(plan)),
        ImportBenchmark.ReferenceSide => await ImportBenchmark.RunReferenceAsync(await ImportBenchmark.ReadPlanAsync(plan)),
        SentimentBenchmark.DyadSide => SentimentBenchmark.RunDyad(plan),
        AnalyticsBenchmark.DyadSide => await AnalyticsBenchmark.RunDyadAsync(await AnalyticsBenchmark.ReadPlanAsync(plan)),
        _ => throw new ArgumentException($"No side '{side}'.", nameof(side)),
    };

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }
        return options;
    }
}

using Dyad.Bench.Common;
using Dyad.Data;

namespace Dyad.Bench.Tests;

/// <summary>A work folder and a database of the test's own, removed afterwards; PostgreSQL on the server the test command starts.</summary>
public sealed class BenchFolder : IAsyncDisposable
{
    private BenchFolder(string path, BenchDatabase? database)
    {
        Path = path;
        Database = database;
    }

    public string Path { get; }

    public BenchDatabase? Database { get; }

    public static string ReferenceFolder => System.IO.Path.Combine(AppContext.BaseDirectory, "reference");

    /// <summary>
    /// The web app as the test's own build made it: this project references it only to have it built first, and runs it
    /// from its folder (tests/Dyad.Bench.Tests/bin/CONFIG/TFM mirrors src/Dyad.Web/bin/CONFIG/TFM).
    /// </summary>
    public static string WebAssembly
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
            var (framework, configuration) = (output.Name, output.Parent!.Name);
            var repository = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
            return System.IO.Path.Combine(repository, "src", "Dyad.Web", "bin", configuration, framework, "Dyad.Web.dll");
        }
    }

    public static async Task<BenchFolder> CreateAsync(DatabaseProvider? provider = null)
    {
        var path = Directory.CreateTempSubdirectory("dyad-bench-test-").FullName;
        var database = provider is { } p
            ? await BenchDatabase.CreateAsync(p, path, p == DatabaseProvider.Postgres ? PostgresServer() : null)
            : null;
        return new BenchFolder(path, database);
    }

    /// <summary>Without the server the suite's command starts, PostgreSQL tests fail rather than skip, so a missing server cannot pass for green.</summary>
    private static string PostgresServer() => Environment.GetEnvironmentVariable("DYAD_TEST_POSTGRES")
        ?? throw new InvalidOperationException("DYAD_TEST_POSTGRES is not set. Run the suite with ./test.sh, which starts a PostgreSQL server and sets it.");

    public async ValueTask DisposeAsync()
    {
        if (Database is not null)
        {
            await Database.DropAsync();
        }
        Directory.Delete(Path, recursive: true);
    }
}

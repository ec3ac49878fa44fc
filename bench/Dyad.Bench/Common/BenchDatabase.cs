using Dyad.Data;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dyad.Bench.Common;

/// <summary>
/// A database a benchmark owns: a new SQLite file in its work folder, or a new database on the PostgreSQL server named by
/// <c>DYAD_BENCH_POSTGRES</c> (a server connection string). Dyad's own services are built over it exactly as the CLI builds them.
/// </summary>
public sealed record BenchDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public const string ServerVariable = "DYAD_BENCH_POSTGRES";

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider, string workFolder, string? postgresServer = null)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(workFolder, $"bench-{Guid.NewGuid():N}.db");
            return new BenchDatabase(provider, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
        }
        var server = new NpgsqlConnectionStringBuilder(postgresServer ?? Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new InvalidOperationException($"{ServerVariable} is not set; bench/run.sh sets it to the server it starts."));
        server.Database ??= "postgres";
        var name = $"dyad_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        // A benchmark measures each analysis to its end: on a shared 2-core machine one over a million responses can take
        // longer than the 30 s a request is given by default.
        return new BenchDatabase(provider,
            new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, CommandTimeout = 900 }.ConnectionString);
    }

    /// <param name="clock">The time Dyad's services read, fixed where both sides of a comparison must count windows from one moment.</param>
    public ServiceProvider BuildServices(string workFolder, TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseSettings.ProviderKey] = Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres",
            [DatabaseSettings.ConnectionStringKey] = ConnectionString,
            [DatabaseSettings.DataDirectoryKey] = workFolder,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }
        services.AddDyadData(configuration);
        services.AddDyadIdentityCore();
        return services.BuildServiceProvider();
    }

    /// <summary>A service scope working in the workspace, as a request or a CLI command does.</summary>
    public static AsyncServiceScope Enter(ServiceProvider services, Guid workspaceId)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
        return scope;
    }

    /// <summary>
    /// Brings a freshly generated database to the state a live one is in: planner statistics gathered and, on PostgreSQL,
    /// the pages vacuumed. Without it the first analysis after a bulk load of a million responses pays for writing every
    /// page's hint bits and plans on guesses, which no dashboard of a database in use does.
    /// </summary>
    public async Task SettleAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var sqlite = new SqliteConnection(ConnectionString);
            await sqlite.OpenAsync();
            await using var analyze = new SqliteCommand("ANALYZE", sqlite);
            await analyze.ExecuteNonQueryAsync();
            return;
        }
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 0 };
        await vacuum.ExecuteNonQueryAsync();
    }

    public async Task DropAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            File.Delete(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
            return;
        }
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        var name = builder.Database;
        NpgsqlConnection.ClearAllPools();
        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>A clock that stands still at one moment.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

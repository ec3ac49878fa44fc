using Npgsql;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>A database of its own for one test class, gone when the class is done.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }
    public abstract string ConnectionString { get; }
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("dyad-test-").FullName;

    public virtual Task CreateAsync() => Task.CompletedTask;

    public virtual ValueTask DisposeAsync()
    {
        Directory.Delete(DataDirectory, recursive: true);
        return ValueTask.CompletedTask;
    }
}

public sealed class SqliteTestDatabase : TestDatabase
{
    public override string Provider => "sqlite";
    public override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "dyad.db")};Pooling=False";
}

/// <summary>A fresh database on the throw-away server that the test command starts.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string ServerVariable = "DYAD_TEST_POSTGRES";
    private readonly string _name = $"dyad_test_{Guid.NewGuid():N}";

    public override string Provider => "postgres";

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString;

    public static string Server =>
        Environment.GetEnvironmentVariable(ServerVariable)
        ?? throw new InvalidOperationException(
            $"{ServerVariable} is not set. Run the suite with ./test.sh, which starts a PostgreSQL server and sets it.");

    public override async Task CreateAsync()
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        await base.DisposeAsync();
    }
}

using Dyad.Data;
using Npgsql;

namespace Dyad.Cli.Tests.Common;

/// <summary>
/// A database of its own on the PostgreSQL server named by <see cref="ServerVariable"/>. CI always sets it;
/// without it the tests fail rather than skip, so a missing server cannot pass for green.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string ServerVariable = "DYAD_TEST_POSTGRES";

    private string? _serverConnectionString;
    private string? _connectionString;
    private string? _name;

    public override async Task<IReadOnlyDictionary<string, string?>> CreateAsync(string dataDirectory)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Fail($"{ServerVariable} is not set. Set it to a PostgreSQL server's connection string, " +
                        "for example Host=127.0.0.1;Port=5432;Username=postgres, to run the PostgreSQL tests.");
        }
        var serverBuilder = new NpgsqlConnectionStringBuilder(server);
        serverBuilder.Database ??= "postgres";
        _serverConnectionString = serverBuilder.ConnectionString;
        _name = $"dyad_cli_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_name}\"");
        _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
        return new Dictionary<string, string?>
        {
            [DatabaseSettings.DataDirectoryKey] = dataDirectory,
            [DatabaseSettings.ProviderKey] = "postgres",
            [DatabaseSettings.ConnectionStringKey] = _connectionString,
        };
    }

    public override async ValueTask DisposeAsync()
    {
        if (_name is null)
        {
            return;
        }
        NpgsqlConnection.ClearPool(new NpgsqlConnection(_connectionString));
        // FORCE ends connections a pool the test could not reach still holds.
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using Npgsql;

namespace Dyad.Tests.Shared;

/// <summary>
/// A database of its own on the PostgreSQL server that the test command starts and names in
/// <see cref="ServerVariable"/>. Without that variable the tests fail rather than skip, so a missing
/// server cannot pass for green.
/// </summary>
public sealed class ThrowawayPostgresDatabase
{
    public const string ServerVariable = "DYAD_TEST_POSTGRES";

    private readonly string _server;

    private ThrowawayPostgresDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <param name="prefix">Tells the databases of different test projects apart on the shared server.</param>
    public static async Task<ThrowawayPostgresDatabase> CreateAsync(string prefix)
    {
        var configured = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set. Run the suite with ./test.sh, which starts a PostgreSQL server and sets it, " +
                "or set it to a server's connection string such as Host=127.0.0.1;Port=5432;Username=postgres.");
        }
        var server = new NpgsqlConnectionStringBuilder(configured);
        server.Database ??= "postgres";
        var database = new ThrowawayPostgresDatabase(server.ConnectionString, $"{prefix}_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        // FORCE ends connections that a pool the test could not reach still holds.
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

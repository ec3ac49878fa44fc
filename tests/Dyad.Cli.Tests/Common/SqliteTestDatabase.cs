using Dyad.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Dyad.Cli.Tests.Common;

/// <summary>The embedded default: only the data folder is set, so the CLI puts its SQLite file there by itself.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private string? _connectionString;

    public override Task<IReadOnlyDictionary<string, string?>> CreateAsync(string dataDirectory)
    {
        IReadOnlyDictionary<string, string?> settings = new Dictionary<string, string?>
        {
            [DatabaseSettings.DataDirectoryKey] = dataDirectory,
        };
        _connectionString = DatabaseSettings.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).ConnectionString;
        return Task.FromResult(settings);
    }

    public override ValueTask DisposeAsync()
    {
        if (_connectionString is not null)
        {
            // Pooled connections would keep the deleted file open until the test run ends.
            SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        }
        return ValueTask.CompletedTask;
    }
}

using Dyad.Data;
using Dyad.Tests.Shared;

namespace Dyad.Cli.Tests.Common;

/// <summary>A database of its own on the test command's PostgreSQL server, for one test.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private ThrowawayPostgresDatabase? _database;

    public override async Task<IReadOnlyDictionary<string, string?>> CreateAsync(string dataDirectory)
    {
        _database = await ThrowawayPostgresDatabase.CreateAsync("dyad_cli");
        return new Dictionary<string, string?>
        {
            [DatabaseSettings.DataDirectoryKey] = dataDirectory,
            [DatabaseSettings.ProviderKey] = "postgres",
            [DatabaseSettings.ConnectionStringKey] = _database.ConnectionString,
        };
    }

    public override async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DropAsync();
        }
    }
}

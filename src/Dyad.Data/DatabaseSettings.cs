using Microsoft.Extensions.Configuration;

namespace Dyad.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where Dyad keeps its data, read the same way by the server and the CLI so both work on one database.
/// <list type="bullet">
/// <item><c>Dyad:Database:Provider</c>: <c>sqlite</c> (default) or <c>postgres</c>.</item>
/// <item><c>Dyad:Database:ConnectionString</c>: required for PostgreSQL; for SQLite it defaults to <c>dyad.db</c> in the data folder.</item>
/// <item><c>DYAD_DATA_DIR</c>: the data folder, by default <c>~/.local/share/dyad</c> (the user's local application data).</item>
/// </list>
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public const string ProviderKey = "Dyad:Database:Provider";
    public const string ConnectionStringKey = "Dyad:Database:ConnectionString";
    public const string DataDirectoryKey = "DYAD_DATA_DIR";

    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "dyad");

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var dataDirectory = Path.GetFullPath(
            string.IsNullOrWhiteSpace(configuration[DataDirectoryKey]) ? DefaultDataDirectory : configuration[DataDirectoryKey]!);
        var provider = configuration[ProviderKey]?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            var other => throw new InvalidOperationException(
                $"{ProviderKey} is '{other}'; use 'sqlite' or 'postgres'."),
        };
        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(dataDirectory, "dyad.db")}"
                : throw new InvalidOperationException(
                    $"PostgreSQL needs a connection string in {ConnectionStringKey} (environment variable Dyad__Database__ConnectionString).");
        }
        return new DatabaseSettings(provider, connectionString, dataDirectory);
    }

    /// <summary>Where the data lives, for people: the SQLite file, or the PostgreSQL host and database without credentials.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite database {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
    }
}

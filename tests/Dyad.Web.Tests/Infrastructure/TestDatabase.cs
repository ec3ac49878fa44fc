using Dyad.Tests.Shared;

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
    private ThrowawayPostgresDatabase? _database;

    public override string Provider => "postgres";

    public override string ConnectionString =>
        _database?.ConnectionString ?? throw new InvalidOperationException("The database has not been created yet.");

    public override async Task CreateAsync() => _database = await ThrowawayPostgresDatabase.CreateAsync("dyad_test");

    public override async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DropAsync();
        }
        await base.DisposeAsync();
    }
}

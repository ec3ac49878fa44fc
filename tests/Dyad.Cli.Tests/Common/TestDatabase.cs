namespace Dyad.Cli.Tests.Common;

/// <summary>A database of its own for one test, created empty and thrown away afterwards.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>Creates the database and returns the settings that point the CLI at it, as environment variables would.</summary>
    public abstract Task<IReadOnlyDictionary<string, string?>> CreateAsync(string dataDirectory);

    public abstract ValueTask DisposeAsync();
}

using Dyad.Cli.Tests.Common;
using Dyad.Core.Accounts;
using Dyad.Data;
using Dyad.Data.Workspaces;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using AccountWrites = Dyad.Data.Accounts.AccountCommands;

namespace Dyad.Cli.Tests.Database;

/// <summary><c>dyad backup</c> and <c>dyad restore</c> on SQLite: a snapshot taken under writes, restored elsewhere, equal.</summary>
public sealed class BackupCommandTests : IAsyncLifetime
{
    private const string Slug = "backup";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"dyad-backup-tests-{Guid.NewGuid():N}");
    private IConfiguration _source = null!;
    private IConfiguration _fresh = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _source = Configuration("source");
        _fresh = Configuration("fresh");
        Assert.Equal(0, (await InProcessCli.RunAsync(_source, "db", "migrate")).ExitCode);
        await using var services = BuildServices(_source);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().CreateAsync(Slug, "Backup test");
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_backup_taken_while_accounts_are_written_restores_into_a_fresh_folder_as_one_moment_of_the_data()
    {
        var file = Path.Combine(_directory, "snapshot.db");
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() => WriteAccountsAsync(stop.Token));
        await WaitForAccountsAsync(20);

        var backup = await InProcessCli.RunAsync(_source, "backup", "--file", file);
        await stop.CancelAsync();
        var written = await writer;
        var restore = await InProcessCli.RunAsync(_fresh, "restore", "--file", file);

        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Contains("1 workspace(s)", restore.Output);
        var restored = await AccountsAsync(_fresh);
        // A moment of the data: the first n accounts in the order they were written, none missing in between.
        Assert.InRange(restored.Count, 20, written);
        Assert.Equal(Enumerable.Range(0, restored.Count).Select(Name), restored);
    }

    [Fact]
    public async Task Restored_data_equals_the_data_backed_up()
    {
        var file = Path.Combine(_directory, "quiet.db");
        await WriteAccountsAsync(CancellationToken.None, count: 5);

        Assert.Equal(0, (await InProcessCli.RunAsync(_source, "backup", "--file", file)).ExitCode);
        Assert.Equal(0, (await InProcessCli.RunAsync(_fresh, "restore", "--file", file)).ExitCode);

        Assert.Equal(await AccountsAsync(_source), await AccountsAsync(_fresh));
        var again = await InProcessCli.RunAsync(_fresh, "db", "migrate");
        Assert.Contains("up to date", again.Output);
    }

    [Fact]
    public async Task Restore_refuses_to_replace_a_database_without_force_and_leaves_it_as_it_was()
    {
        var file = Path.Combine(_directory, "other.db");
        Assert.Equal(0, (await InProcessCli.RunAsync(_source, "backup", "--file", file)).ExitCode);
        await WriteAccountsAsync(CancellationToken.None, count: 3);

        var refused = await InProcessCli.RunAsync(_source, "restore", "--file", file);
        Assert.Equal(3, (await AccountsAsync(_source)).Count);
        var forced = await InProcessCli.RunAsync(_source, "restore", "--file", file, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("add --force", refused.Error);
        Assert.Equal(0, forced.ExitCode);
        Assert.Empty(await AccountsAsync(_source));
    }

    [Fact]
    public async Task Backup_refuses_to_overwrite_a_file_without_force()
    {
        var file = Path.Combine(_directory, "taken.db");
        await File.WriteAllTextAsync(file, "keep me");

        var refused = await InProcessCli.RunAsync(_source, "backup", "--file", file);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("add --force", refused.Error);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file));
        Assert.Equal(0, (await InProcessCli.RunAsync(_source, "backup", "--file", file, "--force")).ExitCode);
    }

    [Fact]
    public async Task Restore_refuses_files_that_are_not_a_dyad_database_of_a_known_migration()
    {
        var text = Path.Combine(_directory, "notes.txt");
        await File.WriteAllTextAsync(text, "not a database at all, just some words that fill more than a header would");
        var foreign = Path.Combine(_directory, "foreign.db");
        await ExecuteAsync(foreign, "CREATE TABLE things (id INTEGER);");
        var newer = Path.Combine(_directory, "newer.db");
        Assert.Equal(0, (await InProcessCli.RunAsync(_source, "backup", "--file", newer)).ExitCode);
        await ExecuteAsync(newer, "INSERT INTO \"__EFMigrationsHistory\" VALUES ('99991231000000_FromTheFuture', '99.0');");

        var results = new[]
        {
            await InProcessCli.RunAsync(_fresh, "restore", "--file", text),
            await InProcessCli.RunAsync(_fresh, "restore", "--file", foreign),
            await InProcessCli.RunAsync(_fresh, "restore", "--file", newer),
        };

        Assert.All(results, r => Assert.Equal(1, r.ExitCode));
        Assert.Contains("not a readable SQLite database", results[0].Error);
        Assert.Contains("not a Dyad one", results[1].Error);
        Assert.Contains("newer Dyad (migration 99991231000000_FromTheFuture)", results[2].Error);
        Assert.False(File.Exists(Path.Combine(_directory, "fresh", "dyad.db")) && new FileInfo(Path.Combine(_directory, "fresh", "dyad.db")).Length > 0);
    }

    private static string Name(int i) => $"Account {i:D5}";

    private async Task<int> WriteAccountsAsync(CancellationToken stop, int count = int.MaxValue)
    {
        await using var services = BuildServices(_source);
        var written = 0;
        while (written < count && !stop.IsCancellationRequested)
        {
            await using var scope = services.CreateAsyncScope();
            var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().FindRequiredAsync(Slug, CancellationToken.None);
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspace.Id);
            await scope.ServiceProvider.GetRequiredService<AccountWrites>()
                .CreateAsync(new AccountDetails(Name(written), RelationshipType.Relational), CancellationToken.None);
            written++;
        }
        return written;
    }

    private async Task WaitForAccountsAsync(int atLeast)
    {
        while ((await AccountsAsync(_source)).Count < atLeast)
        {
            await Task.Delay(20);
        }
    }

    private static async Task<List<string>> AccountsAsync(IConfiguration configuration)
    {
        await using var services = BuildServices(configuration);
        await using var scope = services.CreateAsyncScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().FindRequiredAsync(Slug);
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspace.Id);
        return await scope.ServiceProvider.GetRequiredService<DyadDbContext>().Accounts.OrderBy(a => a.Name).Select(a => a.Name).ToListAsync();
    }

    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private IConfiguration Configuration(string folder) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseSettings.DataDirectoryKey] = Path.Combine(_directory, folder) })
        .Build();

    private static ServiceProvider BuildServices(IConfiguration configuration) =>
        new ServiceCollection().AddLogging().AddDyadData(configuration).BuildServiceProvider();
}

/// <summary>On PostgreSQL the commands point to pg_dump and pg_restore instead of doing something half right.</summary>
public sealed class PostgresBackupCommandTests : IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new();
    private IConfiguration _configuration = null!;

    public async Task InitializeAsync() =>
        _configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(await _database.CreateAsync(Path.Combine(Path.GetTempPath(), $"dyad-pg-backup-{Guid.NewGuid():N}")))
            .Build();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("backup")]
    [InlineData("restore")]
    public async Task The_commands_say_to_use_pg_dump_and_pg_restore(string verb)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dyad-{Guid.NewGuid():N}.dump");

        var result = await InProcessCli.RunAsync(_configuration, verb, "--file", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The configured database is PostgreSQL", result.Error);
        Assert.Contains("pg_dump --format=custom", result.Error);
        Assert.Contains("pg_restore --clean", result.Error);
        Assert.False(File.Exists(file));
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Dyad.Cli.Tests.Common;

namespace Dyad.Cli.Tests.Imports;

/// <summary>
/// <c>dyad import</c> killed with SIGKILL while it writes, as a crash, an out-of-memory kill or a pulled plug would stop
/// it: a plain import leaves the database as it was; a resumable one, run again with <c>--resume</c>, ends exactly as one
/// clean import would (no row twice, none missing). The real command runs as a process of its own on a file large
/// enough that it is still writing when its first progress line appears.
/// </summary>
public abstract partial class KilledImportTests(Func<TestDatabase> databases) : IAsyncLifetime
{
    // Large enough that writing lasts well past the first plain progress line (one every 2 s): with 40,000 rows PostgreSQL's
    // bulk path finished in the moment between that line and the kill.
    private const int Rows = 150_000;
    private const string ImportedPrefix = "Killed import ";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"dyad-kill-tests-{Guid.NewGuid():N}");
    private readonly TestDatabase _database = databases();
    private IReadOnlyDictionary<string, string?> _settings = new Dictionary<string, string?>();
    private string _file = "";

    public async Task InitializeAsync()
    {
        _settings = await _database.CreateAsync(Path.Combine(_directory, "data"));
        Directory.CreateDirectory(_directory);
        _file = await WriteAccountsAsync(_directory);
        await ImportSnapshot.SeedDemoAsync(_settings);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_plain_import_killed_while_writing_leaves_the_database_as_it_was()
    {
        var before = await ImportSnapshot.TakeAsync(_settings);

        using (var import = CliProcess.Start(_settings, "import", "accounts", "--workspace", "demo", "--file", _file))
        {
            await import.WaitForOutputAsync(Progress(), WroteRows, Limit);
            await import.KillAsync();
            Assert.DoesNotContain("Imported", import.Output, StringComparison.Ordinal);
        }

        var after = await ImportSnapshot.TakeAsync(_settings);
        Assert.Equal(before.Accounts.Count, after.Accounts.Count);
        Assert.Equal(before.Checksum(), after.Checksum());
        Assert.Equal(before.ImportRuns, after.ImportRuns);
    }

    [Fact]
    public async Task A_resumable_import_killed_after_a_commit_finishes_on_resume_as_one_clean_import_would()
    {
        var before = await ImportSnapshot.TakeAsync(_settings);
        var reference = await CleanImportAsync();

        using (var import = CliProcess.Start(_settings, "import", "accounts", "--workspace", "demo", "--file", _file, "--resume"))
        {
            await import.WaitForOutputAsync(Progress(), WroteRows, Limit);
            await import.KillAsync();
        }
        var killed = await ImportSnapshot.TakeAsync(_settings);
        using (var resumed = CliProcess.Start(_settings, "import", "accounts", "--workspace", "demo", "--file", _file, "--resume"))
        {
            Assert.Equal(0, await resumed.WaitForExitAsync(Limit));
            Assert.Contains(", resumed: ", resumed.Output, StringComparison.Ordinal);
        }

        var after = await ImportSnapshot.TakeAsync(_settings);
        var stoppedPartway = killed.Accounts.Count - before.Accounts.Count;
        Assert.InRange(stoppedPartway, 1, Rows - 1);
        Assert.Equal(before.Accounts.Count + Rows, after.Accounts.Count);
        Assert.Equal(ImportSnapshot.Checksum(reference.Imported(ImportedPrefix)), ImportSnapshot.Checksum(after.Imported(ImportedPrefix)));
        Assert.Equal(before.Accounts, after.Accounts.Where(a => !a.Fields.Contains($"Name = {ImportedPrefix}", StringComparison.Ordinal)).ToList());
    }

    /// <summary>The same file imported once, uninterrupted, into a database of its own: what a resumed import must equal.</summary>
    private async Task<ImportSnapshot> CleanImportAsync()
    {
        var database = databases();
        await using (database)
        {
            var settings = await database.CreateAsync(Path.Combine(_directory, "reference"));
            await ImportSnapshot.SeedDemoAsync(settings);
            var result = await InProcessCli.RunAsync(ImportSnapshot.Configuration(settings), "import", "accounts", "--workspace", "demo", "--file", _file);
            Assert.True(result.ExitCode == 0, result.Error);
            return await ImportSnapshot.TakeAsync(settings);
        }
    }

    /// <summary>A progress line of the writing stage: "N records read, M inserted, ...".</summary>
    [GeneratedRegex(@"records read, (?<inserted>\d+) inserted")]
    private static partial Regex Progress();

    private static bool WroteRows(Match progress) => int.Parse(progress.Groups["inserted"].Value, CultureInfo.InvariantCulture) > 0;

    private static async Task<string> WriteAccountsAsync(string directory)
    {
        var path = Path.Combine(directory, "accounts.csv");
        await using var file = new StreamWriter(path);
        await file.WriteLineAsync("name,relationship_type,customer_relationship_type,tier,annual_revenue,owner_email");
        for (var i = 0; i < Rows; i++)
        {
            await file.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{ImportedPrefix}{i:D6},{(i % 2 == 0 ? "relational" : "transactional")},,Tier {i % 7},{i * 10.5m},"));
        }
        return path;
    }

}

public sealed class KilledImportTestsOnSqlite() : KilledImportTests(() => new SqliteTestDatabase());

public sealed class KilledImportTestsOnPostgres() : KilledImportTests(() => new PostgresTestDatabase());

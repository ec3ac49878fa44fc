using System.Globalization;
using Dyad.Cli.Tests.Common;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Cli.Tests.Imports;

/// <summary>
/// A file of good accounts with one bad record somewhere, in either format, plain or resumable: the import names the
/// bad record's row or line and stores none of the file.
/// </summary>
[Properties(Arbitrary = [typeof(MalformedImportPropertyTests)])]
public abstract class MalformedImportPropertyTests(Func<TestDatabase> databases) : IAsyncLifetime
{
    /// <summary>Stands for bytes that are no UTF-8 at all (0xC3 0x28), written as such into the file.</summary>
    private const string InvalidUtf8 = "\u0001";

    private const string Header = "name,relationship_type,customer_relationship_type,tier,annual_revenue,owner_email";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"dyad-malformed-{Guid.NewGuid():N}");
    private readonly TestDatabase _database = databases();
    private IReadOnlyDictionary<string, string?> _settings = new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        _settings = await _database.CreateAsync(Path.Combine(_directory, "data"));
        Directory.CreateDirectory(_directory);
        await ImportSnapshot.SeedDemoAsync(_settings);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    public sealed record MalformedFile(bool Json, bool Resume, IReadOnlyList<string> Lines, int BadLine);

    /// <summary>Bad records as CSV rows and as JSON lines; each breaks one rule of the reader or of an account.</summary>
    private static readonly (string Csv, string Json)[] BadRecords =
    [
        ("Bad,sometimes,,,,", """{"name":"Bad","relationship_type":"sometimes"}"""),
        ("Bad,relational,,,lots,", """{"name":"Bad","relationship_type":"relational","annual_revenue":"lots"}"""),
        ("Bad,relational,,,,,extra", """{"name":"Bad","relationship_type":"relational","colour":"red"}"""),
        ("\"Bad,relational,,,,", """{"name":"Bad","relationship_type":"relational\"}"""),
        (",relational,,,,", """{"relationship_type":"relational"}"""),
        ("Bad,relational,,,,nobody@provider.example", """{"name":"Bad","relationship_type":"relational","owner_email":"nobody@provider.example"}"""),
        ("Bad,relational,,,1e400x,", """{"name":{"first":"Bad"},"relationship_type":"relational"}"""),
        ($"Bad,{InvalidUtf8},,,,", "[\"not an object\"]"),
    ];

    public static Arbitrary<MalformedFile> Files() =>
        (from json in ArbMap.Default.GeneratorFor<bool>()
         from resume in ArbMap.Default.GeneratorFor<bool>()
         from good in Gen.Choose(0, 40)
         from position in Gen.Choose(0, good)
         from bad in Gen.Elements(BadRecords)
         from id in Gen.Choose(0, int.MaxValue)
         select File(json, resume, good, position, json ? bad.Json : bad.Csv, id)).ToArbitrary();

    private static MalformedFile File(bool json, bool resume, int good, int position, string bad, int id)
    {
        var lines = Enumerable.Range(0, good).Select(i => string.Create(CultureInfo.InvariantCulture, $"Malformed {id} {i}")).Select(name => json
            ? $$"""{"name":"{{name}}","relationship_type":"relational","annual_revenue":1200.5}"""
            : $"{name},relational,,Gold,1200.5,").ToList();
        lines.Insert(position, bad);
        // A CSV row counts the header as row 1; a JSON line is its own number.
        return new MalformedFile(json, resume, json ? lines : [Header, .. lines], position + (json ? 1 : 2));
    }

    [Property(MaxTest = 50)]
    public void A_file_with_a_bad_record_names_it_and_stores_nothing(MalformedFile file)
    {
        var before = ImportSnapshot.TakeAsync(_settings).GetAwaiter().GetResult();
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.{(file.Json ? "jsonl" : "csv")}");
        var text = string.Join('\n', file.Lines).Split(InvalidUtf8).Select(System.Text.Encoding.UTF8.GetBytes);
        System.IO.File.WriteAllBytes(path, text.Aggregate((written, next) => [.. written, 0xC3, 0x28, .. next]));
        string[] args = ["import", "accounts", "--workspace", "demo", "--file", path, .. file.Resume ? new[] { "--resume" } : []];

        var result = InProcessCli.RunAsync(ImportSnapshot.Configuration(_settings), args).GetAwaiter().GetResult();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"{(file.Json ? "Line" : "Row")} {file.BadLine}, ", result.Error, StringComparison.Ordinal);
        var after = ImportSnapshot.TakeAsync(_settings).GetAwaiter().GetResult();
        Assert.Equal(before.Checksum(), after.Checksum());
    }
}

public sealed class MalformedImportPropertyTestsOnSqlite() : MalformedImportPropertyTests(() => new SqliteTestDatabase());

public sealed class MalformedImportPropertyTestsOnPostgres() : MalformedImportPropertyTests(() => new PostgresTestDatabase());

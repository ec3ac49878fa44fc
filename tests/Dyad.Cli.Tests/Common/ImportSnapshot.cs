using System.Security.Cryptography;
using System.Text;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Accounts;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Tests.Common;

/// <summary>One account as stored: its id and creation time, then its fields.</summary>
public sealed record StoredAccount(string Identity, string Fields);

/// <summary>
/// What imports change in the demo workspace, read straight from the database: every account with every stored field,
/// and the number of import runs, so "unchanged" means unchanged.
/// </summary>
public sealed record ImportSnapshot(IReadOnlyList<StoredAccount> Accounts, int ImportRuns)
{
    public string Checksum() => Checksum(Accounts.Select(a => $"{a.Identity} {a.Fields}"));

    /// <summary>The fields of the accounts whose name starts with <paramref name="prefix"/>: the same in any database a file went into.</summary>
    public IEnumerable<string> Imported(string prefix) =>
        Accounts.Where(a => a.Fields.Contains($"Name = {prefix}", StringComparison.Ordinal)).Select(a => a.Fields);

    public static string Checksum(IEnumerable<string> rows) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows))));

    public static IConfiguration Configuration(IReadOnlyDictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    public static async Task SeedDemoAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var result = await InProcessCli.RunAsync(Configuration(settings), "demo", "seed");
        Assert.True(result.ExitCode == 0, result.Error);
    }

    public static async Task<ImportSnapshot> TakeAsync(IReadOnlyDictionary<string, string?> settings)
    {
        await using var services = new ServiceCollection().AddLogging().AddDyadData(Configuration(settings)).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().FindRequiredAsync(Workspace.DemoSlug);
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspace.Id);
        var db = scope.ServiceProvider.GetRequiredService<DyadDbContext>();
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Name).ToListAsync();
        return new ImportSnapshot(accounts.Select(a => new StoredAccount($"{a.Id} {a.CreatedAt:O}", $"{a.ToDetails()}")).ToList(),
            await db.ImportRuns.CountAsync());
    }
}

using System.Text.Json;
using Dyad.Cli.Tests.Common;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Accounts;
using Dyad.Data.Demo;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Dyad.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Tests;

/// <summary>
/// The <c>dyad</c> command as a user meets it, run in-process against a fresh database per test;
/// each subclass runs every fact on one provider.
/// </summary>
public abstract partial class CliTests(TestDatabase database) : IAsyncLifetime
{
    private const string Header = "name,relationship_type,customer_relationship_type,tier,annual_revenue,owner_email";

    private const string GoodFile = $"""
        {Header}
        Northwind Consulting,relational,transactional,Gold,125000.50,john@demo.example
        Contoso Training,transactional,,Silver,,
        Fabrikam Engineering,relational,relational,,980000,
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"dyad-cli-tests-{Guid.NewGuid():N}");
    private IConfiguration _configuration = new ConfigurationBuilder().Build();

    public async Task InitializeAsync()
    {
        // The folder is made only once the database exists: xunit skips DisposeAsync when this fails.
        var settings = await database.CreateAsync(Path.Combine(_directory, "data"));
        Directory.CreateDirectory(_directory);
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The migrations this build carries for the test's provider, whatever their number.</summary>
    private IReadOnlyList<string> CommittedMigrations()
    {
        using var services = BuildServices();
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DyadDbContext>().Database.GetMigrations().ToList();
    }

    [Fact]
    public async Task Migrate_lists_the_applied_migrations_and_where_the_database_is()
    {
        var first = await RunAsync("db", "migrate");
        var second = await RunAsync("db", "migrate");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains(DatabaseSettings.From(_configuration).Describe(), first.Output);
        var committed = CommittedMigrations();
        Assert.Contains($"Applied {committed.Count} migration(s)", first.Output);
        Assert.All(committed, migration => Assert.Contains(migration, first.OutputLines));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date; no migrations to apply", second.Output);
    }

    [Fact]
    public async Task Demo_seed_migrates_and_creates_the_demo_workspace_once()
    {
        var first = await RunAsync("demo", "seed");
        var accounts = await AccountsAsync();
        var second = await RunAsync("demo", "seed");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"Applied {CommittedMigrations().Count} migration(s)", first.Output);
        Assert.Contains("Created the demo workspace 'demo'", first.Output);
        Assert.NotEmpty(accounts);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("already present", second.Output);
        Assert.Equal(accounts, await AccountsAsync());
    }

    [Fact]
    public async Task Importing_a_file_creates_its_accounts_and_importing_it_again_changes_nothing()
    {
        await SeedDemoAsync();
        var before = await AccountsAsync();
        var file = await WriteFileAsync("accounts.csv", GoodFile);

        var first = await RunAsync("import", "accounts", "--workspace", "demo", "--file", file);
        var afterFirst = await AccountsAsync();
        var second = await RunAsync("import", "accounts", "--file", file, "--workspace", "demo");

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("Imported accounts.csv into workspace 'demo': 3 inserted, 0 updated, 0 unchanged, 0 rejected in ", first.Output.Trim());
        Assert.Equal(before.Count + 3, afterFirst.Count);
        Assert.Contains(afterFirst, a => a.Contains("Name = Northwind Consulting", StringComparison.Ordinal));
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("Imported accounts.csv into workspace 'demo': 0 inserted, 0 updated, 3 unchanged, 0 rejected in ", second.Output.Trim());
        Assert.Equal(afterFirst, await AccountsAsync());
    }

    [Fact]
    public async Task Import_with_a_bad_row_names_row_and_column_and_changes_no_account()
    {
        await SeedDemoAsync();
        Assert.Equal(0, (await RunAsync("import", "accounts", "--workspace", "demo", "--file", await WriteFileAsync("good.csv", GoodFile))).ExitCode);
        var before = await AccountsAsync();
        // Row 2 would update an account and row 4 would add one; row 3 must stop both.
        var bad = await WriteFileAsync("bad.csv", $"""
            {Header}
            Northwind Consulting,relational,relational,Platinum,130000,martin@demo.example
            Contoso Training,transactional,,Silver,lots,
            Tailspin Toys,relational,,,50000,
            """);

        var result = await RunAsync("import", "accounts", "--workspace", "demo", "--file", bad);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(["Error: bad.csv: 1 problem(s); nothing was imported.",
            "Row 3, column 'annual_revenue': 'lots' is not a number; write it like 125000.50, without currency signs."],
            result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal(before, await AccountsAsync());
    }

    [Fact]
    public async Task Export_writes_the_six_columns_and_imports_back_unchanged()
    {
        await SeedDemoAsync();
        await RunAsync("import", "accounts", "--workspace", "demo", "--file", await WriteFileAsync("accounts.csv", GoodFile));
        var count = (await AccountsAsync()).Count;
        var file = Path.Combine(_directory, "out.csv");

        var export = await RunAsync("accounts", "export", "--file", file);
        var lines = await File.ReadAllLinesAsync(file);
        var reimport = await RunAsync("import", "accounts", "--workspace", "demo", "--file", file);

        Assert.Equal(0, export.ExitCode);
        Assert.Contains($"Exported {count} account(s) from workspace 'demo'", export.Output);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(count + 1, lines.Length);
        var northwind = lines.Single(l => l.StartsWith("Northwind Consulting,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["Northwind Consulting", "relational", "transactional", "Gold"], northwind[..4]);
        Assert.Equal(125000.50m, decimal.Parse(northwind[4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("john@demo.example", northwind[5]);
        Assert.StartsWith($"Imported out.csv into workspace 'demo': 0 inserted, 0 updated, {count} unchanged, 0 rejected", reimport.Output.Trim());
    }

    [Fact]
    public async Task An_account_name_a_spreadsheet_would_run_as_a_formula_is_exported_guarded_and_imports_back_as_it_was()
    {
        await SeedDemoAsync();
        await RunAsync("import", "accounts", "--workspace", "demo", "--file", await WriteFileAsync("formula.csv", $"""
            {Header}
            "=HYPERLINK(""http://evil.example"")",relational,,-Gold,,
            """));
        var before = await AccountsAsync();
        var file = Path.Combine(_directory, "out.csv");

        await RunAsync("accounts", "export", "--file", file);
        var exported = await File.ReadAllTextAsync(file);
        var reimport = await RunAsync("import", "accounts", "--workspace", "demo", "--file", file);

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",relational,,'-Gold,,", exported);
        Assert.Contains("0 inserted, 0 updated", reimport.Output);
        Assert.Equal(before, await AccountsAsync());
        Assert.Contains(before, a => a.Contains("Name = =HYPERLINK(\"http://evil.example\")", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Account_commands_refuse_an_unknown_workspace()
    {
        await SeedDemoAsync();

        var result = await RunAsync("accounts", "export", "--file", Path.Combine(_directory, "out.csv"), "--workspace", "acme");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Error: There is no workspace 'acme'", result.Error);
        Assert.False(File.Exists(Path.Combine(_directory, "out.csv")));
    }

    [Fact]
    public async Task Commands_on_an_unmigrated_database_ask_for_db_migrate()
    {
        var result = await RunAsync("users", "add", "--workspace", "demo", "--email", "ana@provider.example", "--role", "viewer");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("run 'dyad db migrate' first", result.Error);
    }

    [Fact]
    public async Task Users_add_refuses_an_unknown_role_and_names_the_roles()
    {
        await SeedDemoAsync();

        var result = await RunAsync("users", "add", "--workspace", "demo", "--email", "ana@provider.example", "--role", "boss");

        Assert.Equal(DyadCli.UsageError, result.ExitCode);
        Assert.Contains("'boss' is not a role; use one of admin, cx_manager, account_manager, contributor, viewer.", result.Error);
        Assert.Null(await FindUserAsync("ana@provider.example"));
    }

    [Theory]
    [InlineData("cx_manager", DyadRole.CxManager, "cx manager")]
    [InlineData("cx-manager", DyadRole.CxManager, "cx manager")]
    [InlineData("account_manager", DyadRole.AccountManager, "account manager")]
    [InlineData("Viewer", DyadRole.Viewer, "viewer")]
    public async Task Users_add_accepts_the_role_as_users_spell_it(string role, DyadRole expected, string label)
    {
        await SeedDemoAsync();

        var result = await RunAsync("users", "add", "--workspace", "demo", "--email", "ana@provider.example", "--role", role,
            "--password", "correct-horse-7", "--name", "Ana Lopes");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Added ana@provider.example (Ana Lopes) to workspace 'demo' as {label}.", result.Output.Trim());
        Assert.Equal(expected, (await FindUserAsync("ana@provider.example"))?.Role);
        Assert.True(await PasswordWorksAsync("ana@provider.example", "correct-horse-7"));
    }

    [Fact]
    public async Task Users_add_without_a_password_prints_a_generated_one_that_works()
    {
        await SeedDemoAsync();

        var result = await RunAsync("users", "add", "--workspace", "demo", "--email", "ana@provider.example", "--role", "contributor");

        Assert.Equal(0, result.ExitCode);
        var password = Assert.Single(result.OutputLines, l => l.StartsWith("Password: ", StringComparison.Ordinal))["Password: ".Length..];
        Assert.Contains("cannot be shown again", result.Output);
        Assert.True(await PasswordWorksAsync("ana@provider.example", password));
    }

    [Fact]
    public async Task Users_add_refuses_a_taken_email_and_a_weak_password()
    {
        await SeedDemoAsync();

        var taken = await RunAsync("users", "add", "--workspace", "demo", "--email", DemoWorkspace.AdminEmail, "--role", "viewer");
        var weak = await RunAsync("users", "add", "--workspace", "demo", "--email", "ana@provider.example", "--role", "viewer", "--password", "short");

        Assert.Equal(1, taken.ExitCode);
        Assert.StartsWith("Error: ", taken.Error);
        Assert.Contains("is already taken", taken.Error);
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("at least 12 characters", weak.Error);
        Assert.Null(await FindUserAsync("ana@provider.example"));
    }

    [Fact]
    public async Task Tokens_issue_prints_a_scoped_token_once_that_authenticates_its_user()
    {
        await SeedDemoAsync();

        var result = await RunAsync("tokens", "issue", "--email", DemoWorkspace.AdminEmail, "--name", "nightly export", "--scope", "accounts:read,surveys:write", "--expires-in-days", "30");

        Assert.Equal(0, result.ExitCode);
        var token = Assert.Single(result.OutputLines);
        Assert.StartsWith("dyad_", token);
        Assert.Contains("cannot be shown again", result.Error);
        Assert.Contains("accounts:read surveys:write, until", result.Error);
        var owner = await TokenOwnerAsync(token);
        Assert.Equal(DemoWorkspace.AdminEmail, owner?.User.Email);
        Assert.Equal(["accounts:read", "surveys:write"], owner!.Scopes.Select(s => s.ToString()));
    }

    [Fact]
    public async Task Tokens_issue_refuses_a_scope_of_no_feature()
    {
        await SeedDemoAsync();

        var result = await RunAsync("tokens", "issue", "--email", DemoWorkspace.AdminEmail, "--name", "typo", "--scope", "acounts:read");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("'acounts' is not a feature of the API", result.Error);
    }

    [Fact]
    public async Task Tokens_create_still_works_and_refuses_an_unknown_user()
    {
        await SeedDemoAsync();

        var result = await RunAsync("tokens", "create", "--email", "nobody@provider.example", "--name", "ci", "--scope", "*:read");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal("Error: No user has the e-mail 'nobody@provider.example'.", result.Error.Trim());
    }

    [Fact]
    public async Task Events_recurrence_as_json_prints_the_per_phase_counts_of_001_Table_2()
    {
        await SeedDemoAsync();

        var result = await RunAsync("events", "recurrence", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = RecurrenceRows(result.Output);
        Assert.Equal(Table2Recurrence.Lines(), Table2Recurrence.Sorted(rows.Select(r => r.Line)));
        Assert.Equal(rows.Select(r => r.Phase).Order(), rows.Select(r => r.Phase));
        Assert.Equal("trigger and problem analysis", rows[0].PhaseName);
    }

    [Fact]
    public async Task Events_recurrence_for_each_account_adds_up_to_the_whole_workspace()
    {
        await SeedDemoAsync();
        // The six demo customers that stand in for the anonymous customers of the 18 cases.
        string[] accounts = ["Gemeente Oostveld", "haven logistics", "Rijnland Housing", "Stadsbank", "Noordzorg Care Group", "Veldhoven Public Services"];

        var perAccount = new List<JsonRecurrenceRow>();
        foreach (var account in accounts)
        {
            var result = await RunAsync("events", "recurrence", "--account", account, "--format", "json", "--workspace", "demo");
            Assert.True(result.ExitCode == 0, result.Error);
            var rows = RecurrenceRows(result.Output);
            Assert.NotEmpty(rows);
            Assert.True(rows.Sum(r => r.Count) < Table2Recurrence.Rows.Sum(r => r.Count), $"{account} is not narrowed down");
            perAccount.AddRange(rows);
        }

        var summed = perAccount.GroupBy(r => (r.Phase, r.Practice, r.Polarity))
            .Select(g => new RecurrenceRow(g.Key.Phase, g.Key.Practice, g.Sum(r => r.Count), g.Key.Polarity))
            .Select(r => Table2Recurrence.Line(r.Phase, r.Practice, r.Polarity, r.Count, r.Level));
        Assert.Equal(Table2Recurrence.Lines(), Table2Recurrence.Sorted(summed));
    }

    [Fact]
    public async Task Events_recurrence_refuses_an_unknown_account()
    {
        await SeedDemoAsync();

        var result = await RunAsync("events", "recurrence", "--account", "Acme Anvils", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal("Error: There is no account named 'Acme Anvils' in workspace 'demo'.", result.Error.Trim());
    }

    [Fact]
    public async Task Events_recurrence_prints_an_aligned_table_by_default()
    {
        await SeedDemoAsync();

        var result = await RunAsync("events", "recurrence");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Service journey: 18 event(s).", lines[0]);
        var header = lines[1];
        Assert.StartsWith("phase  phase name", header);
        var rows = lines[2..];
        Assert.Equal(Table2Recurrence.Rows.Count, rows.Length);
        // Every column starts where its heading does.
        foreach (var heading in new[] { "practice", "polarity", "level" })
        {
            var column = header.IndexOf($"  {heading}", StringComparison.Ordinal) + 2;
            Assert.All(rows, row => Assert.True(row[column - 1] == ' ' && row[column] != ' ', $"'{heading}' is not aligned in: {row}"));
        }
        Assert.Contains(rows, row => row.Contains("analysing the problem thoroughly") && row.EndsWith("2  sometimes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Survey_export_writes_every_response_and_importing_it_back_stores_none_twice()
    {
        await SeedDemoAsync();
        var (survey, responses) = await DemoSurveyAsync(DemoWorkspace.NpsSurvey);
        var file = Path.Combine(_directory, "nps.csv");

        var export = await RunAsync("survey", "export", "--survey", survey.ToString(), "--output", file);
        var lines = await File.ReadAllLinesAsync(file);
        var import = await RunAsync("import", "responses", "--survey", survey.ToString(), "--file", file, "--workspace", "demo");

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Equal($"Exported {responses} response(s) to {file}.", export.Output.Trim());
        Assert.Equal("response_id,submitted_at,account,stakeholder_email,language,score,reason", lines[0]);
        Assert.Equal(responses + 1, lines.Length);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.StartsWith($"Imported nps.csv into workspace 'demo': 0 inserted, 0 updated, {responses} unchanged, 0 rejected", import.Output.Trim());
        Assert.Equal(responses, (await DemoSurveyAsync(DemoWorkspace.NpsSurvey)).Responses);
    }

    [Fact]
    public async Task Survey_import_opens_its_detractors_follow_up_actions_before_the_command_ends()
    {
        await SeedDemoAsync();
        var (survey, _) = await DemoSurveyAsync(DemoWorkspace.NpsSurvey);
        var file = await WriteFileAsync("detractors.csv", """
            response_id,account,score
            cli-detractor-1,Stadsbank,3
            cli-promoter,Stadsbank,10
            cli-detractor-2,Stadsbank,5
            """);

        var import = await RunAsync("import", "responses", "--workspace", "demo", "--survey", survey.ToString(), "--file", file);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.EndsWith("Opened 2 follow-up action(s) for detractors and low scores.", import.Output.Trim());
        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().FindRequiredAsync(Workspace.DemoSlug);
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspace.Id);
        var db = scope.ServiceProvider.GetRequiredService<DyadDbContext>();
        var imported = db.SurveyResponses.Where(r => r.IdempotencyKey!.StartsWith("cli-detractor-")).Select(r => r.Id);
        Assert.Equal(["NPS 3: at or below the workspace's limit of 6.", "NPS 5: at or below the workspace's limit of 6."],
            await db.ActionItems.Where(a => imported.Contains(a.Links.ResponseId!.Value)).Select(a => a.Reason!).OrderBy(r => r).ToListAsync());
        Assert.False(await db.QueuedFollowUps.AnyAsync());
    }

    [Fact]
    public async Task Survey_import_of_a_bad_file_names_row_and_column_and_stores_nothing()
    {
        await SeedDemoAsync();
        var (survey, responses) = await DemoSurveyAsync(DemoWorkspace.NpsSurvey);
        var bad = await WriteFileAsync("bad.csv", """
            response_id,account,score
            cli-1,Stadsbank,9
            cli-2,Stadsbank,12
            """);

        var result = await RunAsync("import", "responses", "--workspace", "demo", "--survey", survey.ToString(), "--file", bad);
        var unknown = await RunAsync("survey", "export", "--survey", Guid.NewGuid().ToString(), "--output", Path.Combine(_directory, "none.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("bad.csv: 1 problem(s); nothing was imported.", result.Error);
        Assert.Contains("Row 3, column 'score': 'score' is answered from 0 to 10, not 12.", result.Error);
        Assert.Equal(responses, (await DemoSurveyAsync(DemoWorkspace.NpsSurvey)).Responses);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no survey", unknown.Error);
        Assert.False(File.Exists(Path.Combine(_directory, "none.csv")));
    }

    [Theory]
    [InlineData("db", "migrate")]
    [InlineData("demo", "seed")]
    [InlineData("demo", "generate")]
    [InlineData("import", "accounts")]
    [InlineData("import", "stakeholders")]
    [InlineData("import", "occurrences")]
    [InlineData("import", "responses")]
    [InlineData("import", "events")]
    [InlineData("accounts", "export")]
    [InlineData("users", "add")]
    [InlineData("tokens", "issue")]
    [InlineData("events", "recurrence")]
    [InlineData("survey", "export")]
    [InlineData("reports", "generate")]
    public async Task Every_command_explains_itself_with_help(string group, string verb)
    {
        var result = await RunAsync(group, verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($" {group} {verb} [options]", result.Output);
    }

    [Fact]
    public async Task A_missing_required_option_is_a_usage_error()
    {
        var result = await RunAsync("import", "accounts", "--workspace", "demo");

        Assert.Equal(DyadCli.UsageError, result.ExitCode);
        Assert.Contains("--file", result.Error);
    }

    private Task<CliResult> RunAsync(params string[] args) => InProcessCli.RunAsync(_configuration, args);

    /// <summary>The JSON the recurrence command prints, read with the property names it promises scripts.</summary>
    private static List<JsonRecurrenceRow> RecurrenceRows(string json) =>
        JsonSerializer.Deserialize<List<JsonRecurrenceRow>>(json, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!;

    private sealed record JsonRecurrenceRow(int Phase, string PhaseName, string Practice, string Polarity, int Count, string Level)
    {
        public string Line => Table2Recurrence.Line(Phase, Practice, Polarity, Count, Level);
    }

    private async Task SeedDemoAsync()
    {
        var result = await RunAsync("demo", "seed");
        Assert.True(result.ExitCode == 0, result.Error);
    }

    private async Task<string> WriteFileAsync(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        await File.WriteAllTextAsync(path, content + "\n");
        return path;
    }

    /// <summary>Every stored field of every account in the workspace, so "unchanged" means unchanged.</summary>
    private async Task<IReadOnlyList<string>> AccountsAsync(string slug = Workspace.DemoSlug)
    {
        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().FindRequiredAsync(slug);
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspace.Id);
        var accounts = await scope.ServiceProvider.GetRequiredService<DyadDbContext>().Accounts.AsNoTracking()
            .OrderBy(a => a.Name).ToListAsync();
        return accounts.Select(a => $"{a.Id} {a.CreatedAt:O} {a.ToDetails()}").ToList();
    }

    private async Task<DyadUser?> FindUserAsync(string email)
    {
        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<DyadUser>>().FindByEmailAsync(email);
    }

    private async Task<bool> PasswordWorksAsync(string email, string password)
    {
        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DyadUser>>();
        var user = await users.FindByEmailAsync(email);
        return user is not null && await users.CheckPasswordAsync(user, password);
    }

    private async Task<TokenOwner?> TokenOwnerAsync(string token)
    {
        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiTokenService>().AuthenticateAsync(token);
    }

    /// <summary>A demo survey's id and how many responses it holds now.</summary>
    private async Task<(Guid Id, int Responses)> DemoSurveyAsync(string name)
    {
        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().FindRequiredAsync(Workspace.DemoSlug);
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspace.Id);
        var db = scope.ServiceProvider.GetRequiredService<DyadDbContext>();
        var survey = await db.Surveys.SingleAsync(s => s.Name == name);
        return (survey.Id, await db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id));
    }

    /// <summary>The data layer as the server sets it up, to check what the CLI left in the database.</summary>
    private ServiceProvider BuildServices()
    {
        var services = new ServiceCollection().AddLogging().AddDyadData(_configuration);
        services.AddDyadIdentityCore();
        return services.BuildServiceProvider();
    }
}

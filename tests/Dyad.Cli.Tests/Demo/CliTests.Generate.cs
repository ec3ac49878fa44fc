using Dyad.Core.Feedback.Sentiment;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Data;
using Dyad.Data.Demo;
using Dyad.Data.Surveys;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Cli.Tests;

/// <summary><c>dyad demo generate</c> and the generator behind it, at a size a test can afford.</summary>
public abstract partial class CliTests
{
    private const string Generated = "generated";

    private static readonly GeneratorSize Small = new(Accounts: 6, Stakeholders: 30, Responses: 400, Occurrences: 300, Events: 12, Seed: 7);

    private static string[] GenerateArguments(string slug, GeneratorSize size, params string[] more) =>
    [
        "demo", "generate", "--workspace", slug, "--accounts", $"{size.Accounts}", "--stakeholders", $"{size.Stakeholders}",
        "--responses", $"{size.Responses}", "--occurrences", $"{size.Occurrences}", "--events", $"{size.Events}", "--seed", $"{size.Seed}",
        .. more,
    ];

    [Fact]
    public async Task Generate_fills_a_new_workspace_to_the_requested_size_with_an_admin_who_can_sign_in()
    {
        var result = await RunAsync(GenerateArguments(Generated, Small));

        Assert.True(result.ExitCode == 0, result.Error);
        var email = WorkspaceGenerator.AdminEmailFor(Generated);
        Assert.Contains($"sign in as {email} with the password {WorkspaceGenerator.Password}", result.Output);
        Assert.Contains(result.OutputLines, line => line.StartsWith("Survey responses", StringComparison.Ordinal) && line.Contains(" 400 "));
        Assert.Contains("Touchpoint occurrences: 300 of 300", result.Error);
        Assert.True(await PasswordWorksAsync(email, WorkspaceGenerator.Password));
        Assert.Equal(Small, await SizeOfAsync(Generated));
    }

    [Fact]
    public async Task Remarks_read_positive_from_promoters_and_negative_from_detractors()
    {
        Assert.Equal(0, (await RunAsync(GenerateArguments(Generated, Small))).ExitCode);

        var reasons = await InWorkspaceAsync(Generated, async db =>
            (await db.SurveyResponses.AsNoTracking().ToListAsync())
            .Where(r => r.Answers.ContainsKey("reason"))
            .Select(r => (Score: r.Answers[BuiltInInstruments.ScoreQuestion].Number!.Value, Text: r.Answers["reason"].Text!))
            .ToList());

        var promoters = reasons.Where(r => r.Score >= Nps.PromotersFrom).ToList();
        var detractors = reasons.Where(r => r.Score < Nps.PassivesFrom).ToList();
        Assert.NotEmpty(promoters);
        Assert.NotEmpty(detractors);
        Assert.All(promoters, r => Assert.True(VaderAnalyser.English.Analyse(r.Text).Compound > 0, r.Text));
        Assert.All(detractors, r => Assert.True(VaderAnalyser.English.Analyse(r.Text).Compound < 0, r.Text));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_content_and_another_seed_other_content()
    {
        await RunAsync("db", "migrate");
        var first = await GenerateThroughServiceAsync("first", Small);
        var again = await GenerateThroughServiceAsync("again", Small);
        var other = await GenerateThroughServiceAsync("other", Small with { Seed = 8 });

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task An_existing_workspace_is_refused_with_the_way_out_and_replace_generates_it_anew()
    {
        Assert.Equal(0, (await RunAsync(GenerateArguments(Generated, Small))).ExitCode);

        var again = await RunAsync(GenerateArguments(Generated, Small));
        var sizeAfterRefusal = await SizeOfAsync(Generated);
        var replaced = await RunAsync(GenerateArguments(Generated, Small, "--replace"));

        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"'{Generated}' already exists", again.Error);
        Assert.Contains("--replace", again.Error);
        Assert.Equal(Small, sizeAfterRefusal);
        Assert.True(replaced.ExitCode == 0, replaced.Error);
        Assert.Equal(Small, await SizeOfAsync(Generated));
    }

    [Fact]
    public async Task Replace_never_empties_a_workspace_the_generator_did_not_make()
    {
        await SeedDemoAsync();
        var before = await AccountsAsync();

        var result = await RunAsync(GenerateArguments("demo", Small, "--replace"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not made by the generator", result.Error);
        Assert.Equal(before, await AccountsAsync());
    }

    /// <summary>What a generated workspace holds, counted in the database: rows of each kind, and the seed from its name.</summary>
    private Task<GeneratorSize> SizeOfAsync(string slug) => InWorkspaceAsync(slug, async db => new GeneratorSize(
        await db.Accounts.CountAsync(), await db.Stakeholders.CountAsync(), await db.SurveyResponses.CountAsync(),
        await db.TouchpointOccurrences.CountAsync(), await db.CriticalEvents.CountAsync(),
        int.Parse((await db.Workspaces.SingleAsync(w => w.Slug == slug)).Name.Split("seed ")[1])));

    /// <summary>Generates through the data service, as a benchmark would, and returns what a user would compare: names, NPS, SERVQUAL gap.</summary>
    private async Task<string> GenerateThroughServiceAsync(string slug, GeneratorSize size)
    {
        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkspaceGenerator>().GenerateAsync(slug, size);
        var db = scope.ServiceProvider.GetRequiredService<DyadDbContext>();
        var analysis = scope.ServiceProvider.GetRequiredService<SurveyAnalysisService>();
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Name).Select(a => a.Name).ToListAsync();
        var people = await db.Stakeholders.AsNoTracking().OrderBy(s => s.Email).Select(s => s.Email).ToListAsync();
        var nps = await analysis.AnalyseAsync(await SurveyIdAsync(db, BuiltInInstruments.NpsKey));
        var servqual = await analysis.AnalyseAsync(await SurveyIdAsync(db, BuiltInInstruments.ServqualKey));
        return $"{string.Join(",", accounts)} {string.Join(",", people)} NPS {nps!.Nps!.Score} of {nps.Responses} " +
               $"SERVQUAL {servqual!.Servqual!.Gap} of {servqual.Responses} events {await db.CriticalEvents.CountAsync()}";
    }

    private static Task<Guid> SurveyIdAsync(DyadDbContext db, string instrument) =>
        db.Surveys.Where(s => s.Instrument == instrument).Select(s => s.Id).SingleAsync();

    private async Task<T> InWorkspaceAsync<T>(string slug, Func<DyadDbContext, Task<T>> query)
    {
        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceDirectory>().FindRequiredAsync(slug);
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspace.Id);
        return await query(scope.ServiceProvider.GetRequiredService<DyadDbContext>());
    }
}

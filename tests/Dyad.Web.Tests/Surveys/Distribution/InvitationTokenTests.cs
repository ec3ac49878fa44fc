using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Surveys;
using Dyad.Data.Surveys.Distribution;
using Dyad.Web.Surveys.Distribution;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Surveys.Distribution;

/// <summary>
/// Personal links are derived from the server's key and stored only as a hash: e-mails and reminders carry one working
/// link, the database holds nothing that opens a survey, and links sent before the change keep opening.
/// </summary>
public abstract partial class InvitationTokenTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DistributionApp
{
    /// <summary>The days of the reminder test in <see cref="DistributionTests{TApp}"/>: enough for every default reminder.</summary>
    private static readonly int[] SchedulerDays = [1, 3, 4, 6, 9, 12];

    private sealed record Scene(string Workspace, HttpClient Manager, Stakeholder Person, Guid SurveyId, Guid InvitationId);

    [GeneratedRegex(@"https://dyad\.test/s/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();

    private async Task<Scene> InviteAsync()
    {
        var slug = $"t{Guid.NewGuid():N}"[..20];
        var manager = await app.ApiClientAsync(DyadRole.CxManager, slug);
        var person = await app.InWorkspaceAsync(slug, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            var account = new Account(db.Scope.Required, new AccountDetails($"Nordic Paper {slug}", RelationshipType.Relational));
            var person = new Stakeholder(account, new StakeholderDetails("Mikko Laine", $"mikko-{slug}@customer.example", "Engineer",
                "Maintenance", HierarchyLevel.Operational, BuyingCentreRole.User, false));
            db.AddRange(account, person);
            await db.SaveChangesAsync();
            return person;
        });
        var name = $"Token NPS {slug}";
        var draft = await (await manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails(name, BuiltInInstruments.NpsKey)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        await (await manager.PutJsonAsync($"/api/v1/surveys/{draft.Id}", new SurveyDetails(name, BuiltInInstruments.NpsKey, Status: SurveyStatus.Open)))
            .ReadAsync<SurveyView>();
        var invited = await (await manager.PostJsonAsync($"/api/v1/surveys/{draft.Id}/invitations", new InviteRequest(StakeholderIds: [person.Id])))
            .ReadAsync<List<InvitationView>>();
        return new Scene(slug, manager, person, draft.Id, Assert.Single(invited).Id);
    }

    private async Task RunSchedulerAsync(DateTimeOffset start)
    {
        var dispatcher = app.Services.GetRequiredService<SurveyDispatcher>();
        await dispatcher.RunOnceAsync(start);
        foreach (var day in SchedulerDays)
        {
            await dispatcher.RunOnceAsync(start.AddDays(day).AddMinutes(1));
        }
    }

    private static async Task<InvitationView> InvitationAsync(Scene scene) =>
        await (await scene.Manager.GetAsync($"/api/v1/surveys/{scene.SurveyId}/invitations/{scene.InvitationId}")).ReadAsync<InvitationView>();

    private Task<string> StoredTokenAsync(Scene scene) =>
        app.InWorkspaceAsync(scene.Workspace, services => services.GetRequiredService<DyadDbContext>().SurveyInvitations
            .Where(i => i.Id == scene.InvitationId).Select(i => i.TokenHash).SingleAsync());

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private Task<HttpResponseMessage> OpenAsync(string tokenOrLink) =>
        app.CreateClient().GetAsync($"/s/{tokenOrLink[(tokenOrLink.LastIndexOf('/') + 1)..]}");

    [Fact]
    public async Task The_invitation_and_its_reminders_carry_one_link_that_opens_the_survey()
    {
        var scene = await InviteAsync();

        await RunSchedulerAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        var messages = app.Smtp.MessagesTo(scene.Person.Email!);
        Assert.Equal(3, messages.Count);
        var links = messages.Select(m => LinkPattern().Match(m.TextBody ?? "").Value).Distinct().ToList();
        var link = Assert.Single(links);
        Assert.Equal((await InvitationAsync(scene)).Link, link);
        var opened = await OpenAsync(link);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("How likely are you to recommend", WebUtility.HtmlDecode(await opened.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_database_keeps_only_the_hash_of_the_links_token()
    {
        var scene = await InviteAsync();
        var token = (await InvitationAsync(scene)).Link![(DistributionApp.PublicUrl.Length + "/s/".Length)..];

        var stored = await StoredTokenAsync(scene);

        Assert.True(token.Length >= 43, "at least 256 bits in base64url");
        Assert.Equal(Sha256Hex(token), stored);
        Assert.False(await app.InWorkspaceAsync(scene.Workspace, services =>
            services.GetRequiredService<DyadDbContext>().SurveyInvitations.AnyAsync(i => i.TokenHash == token)));
        Assert.Contains("This link does not open a survey.", await (await OpenAsync(stored)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_token_opens_nothing_and_gets_the_same_page_as_any_unknown_link()
    {
        var scene = await InviteAsync();
        var link = (await InvitationAsync(scene)).Link!;
        var wrong = link[..^1] + (link[^1] == 'x' ? 'y' : 'x');

        var near = await OpenAsync(wrong);
        var unknown = await OpenAsync("no-such-token");
        var real = await OpenAsync(link);

        Assert.Contains("This link does not open a survey.", await near.Content.ReadAsStringAsync());
        Assert.Contains("This link does not open a survey.", await unknown.Content.ReadAsStringAsync());
        Assert.DoesNotContain("How likely are you to recommend", WebUtility.HtmlDecode(await near.Content.ReadAsStringAsync()));
        Assert.Contains("How likely are you to recommend", WebUtility.HtmlDecode(await real.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_link_sent_before_tokens_were_hashed_still_opens_after_the_migration_and_gets_no_reminder()
    {
        var scene = await InviteAsync();
        var start = DateTimeOffset.UtcNow.AddMinutes(1);
        await app.Services.GetRequiredService<SurveyDispatcher>().RunOnceAsync(start);
        var legacy = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        // The row as it stood before the migration, with its random clear token, then the migration's own statement.
        await app.InWorkspaceAsync(scene.Workspace, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            await db.SurveyInvitations.Where(i => i.Id == scene.InvitationId).ExecuteUpdateAsync(s => s.SetProperty(i => i.TokenHash, legacy));
            var migrations = db.GetService<IMigrationsAssembly>();
            var migration = migrations.CreateMigration(migrations.Migrations.Single(m => m.Key.EndsWith("_HashedSurveyTokensUserAccess", StringComparison.Ordinal)).Value,
                db.Database.ProviderName!);
            var hashing = Assert.Single(migration.UpOperations.OfType<SqlOperation>()).Sql.TrimEnd().TrimEnd(';');
            var thisRowOnly = hashing + """ WHERE "TokenHash" = {0}""";
            return await db.Database.ExecuteSqlRawAsync(thisRowOnly, legacy);
        });
        foreach (var day in SchedulerDays)
        {
            await app.Services.GetRequiredService<SurveyDispatcher>().RunOnceAsync(start.AddDays(day).AddMinutes(1));
        }

        Assert.Equal(Sha256Hex(legacy), await StoredTokenAsync(scene));
        Assert.Equal(HttpStatusCode.OK, (await OpenAsync(legacy)).StatusCode);
        Assert.Null((await InvitationAsync(scene)).Link);
        Assert.Single(app.Smtp.MessagesTo(scene.Person.Email!));
    }
}

public sealed class InvitationTokenTestsOnSqlite(SqliteDistributionApp app) : InvitationTokenTests<SqliteDistributionApp>(app);

public sealed class InvitationTokenTestsOnPostgres(PostgresDistributionApp app) : InvitationTokenTests<PostgresDistributionApp>(app);

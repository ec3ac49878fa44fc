using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Dyad.Core.Integrations;
using Dyad.Core.Workspaces;
using Dyad.Data.Reports;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Dyad.Data;
using Dyad.Web.Reports;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Security;

/// <summary>
/// Attacks every operation the OpenAPI document lists, so an endpoint added later is covered without a line here: with
/// no credentials, as another workspace with this one's ids, with a token lacking the scope, and as a viewer writing.
/// Path parameters get real ids of the demo workspace by the collection they name (<see cref="DemoIds"/>).
/// </summary>
public abstract class ApiSecurityTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private readonly HashSet<string> _missing = [];

    private async Task<(IReadOnlyList<ApiOperation> Operations, DemoIds Ids)> ApiAsync()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = ApiOperation.AllOf(document);
        Assert.True(operations.Count > 100, $"The document lists only {operations.Count} operations.");
        var ids = await DemoIds.LoadAsync(app);
        if (new[] { "instruments", "question-bank", "webhooks", "alerts", "notifications", "reports", "schedules", "webhooks/inbound" }
            .Any(collection => ids.For(collection) is null))
        {
            await AddWhatTheDemoLacksAsync();
            ids = await DemoIds.LoadAsync(app);
        }
        return (operations, ids);
    }

    [Fact]
    public async Task Every_operation_refuses_a_caller_without_credentials()
    {
        var (operations, ids) = await ApiAsync();
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var failures = new List<string>();
        foreach (var operation in operations.Where(o => !o.IsSignedReceiver))
        {
            using var response = await anonymous.SendAsync(operation.Request((collection, p) => Value(ids, collection, p)));
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{operation}: {(int)response.StatusCode}");
            }
        }

        Assert.True(_missing.Count == 0, $"No demo row for {string.Join(", ", _missing)}: add them to {nameof(DemoIds)}.");
        Assert.True(failures.Count == 0, "Answered without credentials:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_operation_on_ids_of_another_workspace_finds_nothing_and_changes_nothing()
    {
        var (operations, ids) = await ApiAsync();
        var insider = await app.ApiClientAsync(DyadRole.Admin);
        var outsider = await app.ApiClientAsync(DyadRole.Admin, workspace: "rival-workspace");
        var attacked = operations.Where(o => o.IsStaffOperation && o.TakesIds).ToList();

        var failures = new List<string>();
        // The demo's evidence is quotes and notes, so a file download has no file to find even from inside.
        foreach (var read in attacked.Where(o => !o.Writes && o.PathParameters.All(p => p.IsId) && !o.Path.EndsWith("/file", StringComparison.Ordinal)))
        {
            // The same read from inside finds the rows, so the outsider's 404 is the workspace boundary, not a bad id.
            // It runs first: some reads create a row on first use (a template's design), which is no one's attack.
            using var own = await insider.SendAsync(read.Request((collection, p) => Value(ids, collection, p)));
            if (own.StatusCode == HttpStatusCode.NotFound)
            {
                failures.Add($"{read}: the demo workspace's own admin got 404 too, so the ids do not fit");
            }
        }
        var changesBefore = await DemoChangesAsync();
        foreach (var operation in attacked)
        {
            using var attempt = await outsider.SendAsync(operation.Request((collection, p) => Value(ids, collection, p)));
            // A body the example does not satisfy may be refused before the id is looked up; it still changes nothing.
            var refused = attempt.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
                          || (attempt.StatusCode == HttpStatusCode.BadRequest && operation.BodyType is not null);
            if (!refused)
            {
                failures.Add($"{operation}: {(int)attempt.StatusCode} {await attempt.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(_missing.Count == 0, $"No demo row for {string.Join(", ", _missing)}: add them to {nameof(DemoIds)}.");
        Assert.True(failures.Count == 0, "Reached across workspaces:\n" + string.Join("\n", failures));
        Assert.Empty((await DemoChangesAsync()).Except(changesBefore));
    }

    [Fact]
    public async Task Every_operation_refuses_a_token_without_its_scope_and_names_the_scope()
    {
        var (operations, ids) = await ApiAsync();
        var admin = await app.CreateUserAsync(DyadRole.Admin);
        var clients = new Dictionary<string, HttpClient>();

        var failures = new List<string>();
        foreach (var operation in operations.Where(o => o.IsStaffOperation))
        {
            Assert.NotNull(operation.Scope);
            if (!clients.TryGetValue(operation.Scope!, out var client))
            {
                clients[operation.Scope!] = client = await TokenClientAsync(admin, EveryScopeBut(operation.Scope!));
            }
            using var response = await client.SendAsync(operation.Request((collection, p) => Value(ids, collection, p)));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Forbidden || !body.Contains($"\"missingScope\":\"{operation.Scope}\"", StringComparison.Ordinal))
            {
                failures.Add($"{operation} without {operation.Scope}: {(int)response.StatusCode} {body}");
            }
        }

        Assert.True(_missing.Count == 0, $"No demo row for {string.Join(", ", _missing)}: add them to {nameof(DemoIds)}.");
        Assert.True(failures.Count == 0, "Let a token past without its scope:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_write_beyond_reading_refuses_a_viewer_with_every_scope()
    {
        var (operations, ids) = await ApiAsync();
        var viewer = await app.ApiClientAsync(DyadRole.Viewer);
        var changesBefore = await DemoChangesAsync();

        var failures = new List<string>();
        foreach (var operation in operations.Where(o => o.IsStaffOperation && o.Writes && o.Permission != nameof(Permission.Read)))
        {
            using var response = await viewer.SendAsync(operation.Request((collection, p) => Value(ids, collection, p)));
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{operation}: {(int)response.StatusCode}");
            }
        }

        Assert.True(_missing.Count == 0, $"No demo row for {string.Join(", ", _missing)}: add them to {nameof(DemoIds)}.");
        Assert.True(failures.Count == 0, "Let a viewer write:\n" + string.Join("\n", failures));
        Assert.Empty((await DemoChangesAsync()).Except(changesBefore));
    }

    /// <summary>
    /// The demo uses only built-in instruments and has no question bank or webhook, and its alerts (with the owners'
    /// notifications) come from a background pass the tests switch off; making them through the API gives their routes a real id.
    /// </summary>
    private async Task AddWhatTheDemoLacksAsync()
    {
        var admin = await app.ApiClientAsync(DyadRole.Admin);
        var nps = await admin.GetFromJsonAsync<JsonElement>("/api/v1/instruments/nps");
        var question = nps.GetProperty("questions")[0];
        await (await admin.PostJsonAsync("/api/v1/instruments", new { name = "Copied NPS", questions = nps.GetProperty("questions"), languages = nps.GetProperty("languages") }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/question-bank", new { question, tags = new[] { "loyalty" } })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example/security", events = new[] { "action.created" } }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.True((await admin.PostAsync("/api/v1/alerts/evaluate", null)).IsSuccessStatusCode);
        await (await admin.PostJsonAsync("/api/v1/reports", new GenerateReportRequest("workspace", "csv"))).ReadAsync<JsonElement>(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/reports/schedules",
                new ReportScheduleInput("workspace", null, "pdf", "12m", ["cx@demo.example"], 1)))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/webhooks/inbound", new InboundEndpointDetails("Tickets", InboundPresets.All[0].Mapping)))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
    }

    /// <summary>Every scope of every feature but one, so the token is refused for that one reason only.</summary>
    private static IReadOnlyList<string> EveryScopeBut(string missing) =>
        ApiFeatures.All.SelectMany(f => new[] { $"{f}:read", $"{f}:write" }).Where(s => s != missing).ToList();

    private async Task<HttpClient> TokenClientAsync(UserView user, IReadOnlyList<string> scopes)
    {
        var secret = await app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var owner = await services.GetRequiredService<UserManager<DyadUser>>().FindByIdAsync(user.Id.ToString());
            return (await services.GetRequiredService<ApiTokenService>().IssueAsync(owner!, "narrow", scopes)).Secret;
        });
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>The audit log records every write, so no new entry in the demo's log means nothing was changed.</summary>
    private Task<List<string>> DemoChangesAsync() =>
        app.InWorkspaceAsync(Workspace.DemoSlug, services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            return db.AuditEntries.Where(e => e.EntityType != nameof(ApiToken) && e.EntityType != nameof(DyadUser))
                .Select(e => e.EntityType + " " + e.EntityId + " " + e.Action).ToListAsync();
        });

    /// <summary>
    /// A real id for an id parameter; for a key, one that exists in every workspace. A collection the demo has no row for
    /// is noted, and fails the test, so a new route is tested with a real id or not at all silently.
    /// </summary>
    private string Value(DemoIds ids, string collection, ApiParameter parameter)
    {
        if (parameter.IsId)
        {
            if (ids.For(collection) is { } id)
            {
                return id.ToString();
            }
            _missing.Add(collection);
            return Guid.NewGuid().ToString();
        }
        return parameter.Format is "int32" or "int64" or "integer" ? "1" : parameter.Name switch
        {
            "panel" => "portfolio",
            _ => "nps",
        };
    }
}

public sealed class ApiSecurityOnSqlite(SqliteApp app) : ApiSecurityTests<SqliteApp>(app);

public sealed class ApiSecurityOnPostgres(PostgresApp app) : ApiSecurityTests<PostgresApp>(app);

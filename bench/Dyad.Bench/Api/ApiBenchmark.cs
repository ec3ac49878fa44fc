using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Dyad.Bench.Common;
using Dyad.Core.Surveys.Instruments;
using Dyad.Data;
using Dyad.Data.Demo;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Bench.Api;

/// <summary>
/// API ingestion: the web app on loopback over a fresh workspace, wrk posting NPS responses at a fixed number of
/// connections, against wrk requesting the health endpoint of the same server (what the server does for a request that
/// does nothing). Afterwards every response the API acknowledged must be in the database.
/// </summary>
public static class ApiBenchmark
{
    private const string Driver = "wrk-driver.lua";

    private const int WarmUpRequests = 20;

    private const int ServerOutputLines = 40;

    /// <summary>Where the build puts the wrk script, beside the benchmark's assembly.</summary>
    public static string DriverFolder => Path.Combine(AppContext.BaseDirectory, "Api");

    public static async Task<ApiPlan> PrepareAsync(BenchDatabase database, string workFolder)
    {
        await using var services = database.BuildServices(workFolder);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await DatabaseMigrator.MigrateAsync(provider.GetRequiredService<DyadDbContext>());
        // A few accounts and people and the generator's open surveys, none answered yet.
        var generated = await provider.GetRequiredService<WorkspaceGenerator>().GenerateAsync("api-bench", new GeneratorSize(5, 50, 0, 0, 0, 1));
        var db = provider.GetRequiredService<DyadDbContext>();
        var survey = await db.Surveys.Where(s => s.Instrument == BuiltInInstruments.NpsKey).Select(s => s.Id).SingleAsync();
        // The survey takes no anonymous responses, as an integration posting for a CRM would name who answered.
        var respondents = await db.Stakeholders.OrderBy(s => s.Id).Select(s => new ApiRespondent(s.AccountId, s.Id)).ToListAsync();
        var admin = await provider.GetRequiredService<UserManager<DyadUser>>().FindByEmailAsync(generated.AdminEmail)
                    ?? throw new InvalidOperationException("The generator made no admin.");
        var issued = await provider.GetRequiredService<ApiTokenService>().IssueAsync(admin, "wrk", ["surveys:write"]);
        var respondentsFile = Path.Combine(workFolder, "respondents.txt");
        await File.WriteAllLinesAsync(respondentsFile, respondents.Select(r => $"{r.AccountId} {r.StakeholderId}"));
        return new ApiPlan(database.Provider, database.ConnectionString, workFolder, generated.Workspace.Id, survey, issued.Secret,
            respondents, respondentsFile);
    }

    /// <summary>Health first, then submissions, on one server; each side's peak is the server's peak resident memory after it.</summary>
    public static async Task<(Measurement Submissions, WrkRun Submitted, Measurement Health, WrkRun Checked)> RunAsync(ApiPlan plan,
        string webAssembly, string driverFolder, TimeSpan duration, int connections)
    {
        var port = FreePort();
        var output = new ConcurrentQueue<string>();
        using var server = StartServer(plan, webAssembly, port, output);
        try
        {
            var root = $"http://127.0.0.1:{port}";
            await WaitUntilUpAsync(server, root, output);
            await WarmUpAsync(root, plan);
            var health = await WrkAsync(driverFolder, plan.WorkFolder, $"{root}/health", duration, connections, ["get"]);
            var healthPeak = Measurement.PeakResidentKilobytes(server.Id);
            var submitted = await WrkAsync(driverFolder, plan.WorkFolder, root, duration, connections,
                ["submit", plan.SurveyId.ToString(), plan.Token, plan.RespondentsFile]);
            return (new Measurement(submitted.Requests, submitted.Seconds, Measurement.PeakResidentKilobytes(server.Id)), submitted,
                new Measurement(health.Requests, health.Seconds, healthPeak), health);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    /// <summary>The acknowledged ids the database does not hold, after the server stopped.</summary>
    public static async Task<IReadOnlyList<string>> MissingAsync(ApiPlan plan, WrkRun submitted)
    {
        await using var services = new BenchDatabase(plan.Provider, plan.ConnectionString).BuildServices(plan.WorkFolder);
        await using var scope = BenchDatabase.Enter(services, plan.WorkspaceId);
        var stored = (await scope.ServiceProvider.GetRequiredService<DyadDbContext>().SurveyResponses
                .Where(r => r.SurveyId == plan.SurveyId).Select(r => r.Id).ToListAsync())
            .Select(id => id.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return submitted.Acknowledged.Where(id => !stored.Contains(id)).ToList();
    }

    public static async Task RunAsync(BenchDatabase database, string webAssembly, string workFolder, TimeSpan duration, int connections,
        ResultTable table)
    {
        Directory.CreateDirectory(workFolder);
        var plan = await PrepareAsync(database, workFolder);
        var (submissions, submitted, health, checkedHealth) = await RunAsync(plan, webAssembly, DriverFolder, duration, connections);
        var missing = await MissingAsync(plan, submitted);
        var errors = submitted.Errors + checkedHealth.Errors;
        var check = string.Create(CultureInfo.InvariantCulture,
            $"p50/p99 {submitted.P50Milliseconds:0.0}/{submitted.P99Milliseconds:0.0} ms against {checkedHealth.P50Milliseconds:0.0}/{checkedHealth.P99Milliseconds:0.0} ms; ");
        check += errors == 0 && missing.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"0 errors, all {submitted.Acknowledged.Count:N0} acknowledged responses stored")
            : string.Create(CultureInfo.InvariantCulture, $"FAILED: {errors} errors, {missing.Count} acknowledged responses not stored");
        table.Add($"{plan.Provider}: POST a survey response, {connections} connections", submissions, "GET /health, same server", health, check);
    }

    /// <param name="output">Receives the server's last lines of output, to say why it did not come up.</param>
    public static Process StartServer(ApiPlan plan, string webAssembly, int port, ConcurrentQueue<string> output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(webAssembly);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DYAD_DATA_DIR"] = plan.WorkFolder,
            [DatabaseSettings.ProviderKey.Replace(":", "__", StringComparison.Ordinal)] = plan.Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres",
            [DatabaseSettings.ConnectionStringKey.Replace(":", "__", StringComparison.Ordinal)] = plan.ConnectionString,
            ["Dyad__Demo__Seed"] = "false",
            // Only the requests under test: no background jobs, no console line per request.
            ["Dyad__Scheduler__Enabled"] = "false",
            ["Dyad__Actions__Enabled"] = "false",
            ["Dyad__Alerts__Enabled"] = "false",
            ["Dyad__Health__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            // One token sends every request, and its limit (600 a minute) is a policy that would be measured instead of
            // ingestion: an idle machine passes it within seconds and the rest answer 429.
            ["Dyad__RateLimits__Enabled"] = "false",
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("The web app did not start.");
        // Drained so a chatty server never blocks on a full pipe; the tail is kept.
        void Keep(object? sender, DataReceivedEventArgs line)
        {
            if (line.Data is { } text)
            {
                output.Enqueue(text);
                if (output.Count > ServerOutputLines)
                {
                    output.TryDequeue(out _);
                }
            }
        }
        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task WaitUntilUpAsync(Process server, string root, IEnumerable<string> output)
    {
        using var client = new HttpClient();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException(
                    $"The web app stopped at start with exit code {server.ExitCode}:\n{string.Join('\n', output)}");
            }
            try
            {
                if ((await client.GetAsync($"{root}/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The web app did not answer /health within three minutes:\n{string.Join('\n', output)}");
    }

    /// <summary>
    /// A few untimed submissions first: the first request of a kind builds the EF Core model, compiles queries and JITs the
    /// pipeline, which a server does once and which under load outlasts a short wrk run.
    /// </summary>
    private static async Task WarmUpAsync(string root, ApiPlan plan)
    {
        using var client = new HttpClient { BaseAddress = new Uri(root), Timeout = TimeSpan.FromMinutes(3) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", plan.Token);
        for (var i = 0; i < WarmUpRequests; i++)
        {
            var respondent = plan.Respondents[i % plan.Respondents.Count];
            var body = new
            {
                respondent.AccountId, respondent.StakeholderId, Answers = new Dictionary<string, object> { ["score"] = new { Number = i % 11 } },
            };
            (await client.PostAsJsonAsync($"/api/v1/surveys/{plan.SurveyId}/responses", body)).EnsureSuccessStatusCode();
        }
    }

    private static async Task<WrkRun> WrkAsync(string driverFolder, string workFolder, string url, TimeSpan duration, int connections,
        IReadOnlyList<string> arguments)
    {
        var output = Path.Combine(workFolder, $"wrk-{arguments[0]}.txt");
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[
                     "-t", Math.Min(2, connections).ToString(CultureInfo.InvariantCulture),
                     "-c", connections.ToString(CultureInfo.InvariantCulture),
                     "-d", $"{Math.Max(1, (int)duration.TotalSeconds)}s",
                     "--timeout", "30s",
                     "-s", Path.Combine(driverFolder, Driver), url, "--", .. arguments, output])
        {
            start.ArgumentList.Add(argument);
        }
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; bench/run.sh installs it.");
        var error = wrk.StandardError.ReadToEndAsync();
        await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0 || !File.Exists(output))
        {
            throw new InvalidOperationException($"wrk failed ({wrk.ExitCode}): {await error}");
        }
        var lines = await File.ReadAllLinesAsync(output);
        using var summary = JsonDocument.Parse(lines[0]);
        long Read(string name) => summary.RootElement.GetProperty(name).GetInt64();
        return new WrkRun(Read("requests"), Read("microseconds") / 1e6,
            Read("connect") + Read("read") + Read("write") + Read("status") + Read("timeout"),
            Read("p50") / 1000.0, Read("p99") / 1000.0, lines.Skip(1).Where(l => l.Length > 0).ToList());
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

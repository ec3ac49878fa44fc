using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dyad.Bench.Api;
using Dyad.Bench.Common;
using Dyad.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Bench.Tests;

/// <summary>
/// The web app killed with SIGKILL while survey responses are being posted, as a crash, an out-of-memory kill or a pulled
/// plug would stop it, then started again on the same database: every response it acknowledged is there once, and every
/// request that got no answer, sent again with its Idempotency-Key, is stored once, whether or not the first attempt had
/// reached the database. The built Dyad.Web.dll runs as a process of its own, as the API benchmark runs it.
/// </summary>
public abstract class RestartedServerTests(DatabaseProvider provider)
{
    private const int Workers = 4;
    private const int AcknowledgedBeforeKill = 60;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task After_a_kill_and_a_restart_every_acknowledged_response_is_stored_once_and_every_retried_key_once()
    {
        await using var folder = await BenchFolder.CreateAsync(provider);
        var plan = await ApiBenchmark.PrepareAsync(folder.Database!, folder.Path);
        var acknowledged = new ConcurrentDictionary<string, Guid>();
        var unanswered = new ConcurrentBag<int>();

        await using (var first = await RunningServer.StartAsync(plan))
        {
            var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var workers = Enumerable.Range(0, Workers)
                .Select(worker => PostUntilUnansweredAsync(first.Client, plan, worker, acknowledged, unanswered, enough))
                .ToList();
            await Task.WhenAny(enough.Task, Task.WhenAll(workers)).WaitAsync(Limit);
            Assert.True(enough.Task.IsCompleted, $"The server stopped answering before the kill.\n{first.Output}");
            await first.KillAsync();
            await Task.WhenAll(workers).WaitAsync(Limit);
        }

        // Each worker stops at its first request without an answer: the one the kill cut off or refused.
        Assert.Equal(Workers, unanswered.Count);
        Assert.InRange(acknowledged.Count, AcknowledgedBeforeKill, int.MaxValue);

        var retried = new Dictionary<string, Guid>();
        var repeated = new Dictionary<string, Guid>();
        await using (var second = await RunningServer.StartAsync(plan))
        {
            foreach (var request in unanswered)
            {
                var (status, id) = await SubmitAsync(second.Client, plan, request);
                Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK, $"Retrying {Key(request)} answered {status}.");
                retried.Add(Key(request), id);
            }
            foreach (var key in acknowledged.Keys)
            {
                var (status, id) = await SubmitAsync(second.Client, plan, RequestOf(key));
                Assert.Equal(HttpStatusCode.OK, status);
                repeated.Add(key, id);
            }
        }

        var stored = await StoredAsync(plan);
        Assert.All(stored.GroupBy(r => r.Key), keyed => Assert.Single(keyed));
        var byKey = stored.ToDictionary(r => r.Key, r => r.Id);
        Assert.All(acknowledged, pair => Assert.Equal(pair.Value, byKey.GetValueOrDefault(pair.Key)));
        Assert.Equal(acknowledged.OrderBy(p => p.Key), repeated.OrderBy(p => p.Key));
        Assert.All(retried, pair => Assert.Equal(pair.Value, byKey.GetValueOrDefault(pair.Key)));
        Assert.Equal(acknowledged.Count + retried.Count, stored.Count);
    }

    /// <summary>
    /// Posts one response after another until one gets no answer; a 2xx is acknowledged, anything else from a live server
    /// fails the test.
    /// </summary>
    private static async Task PostUntilUnansweredAsync(HttpClient client, ApiPlan plan, int worker, ConcurrentDictionary<string, Guid> acknowledged,
        ConcurrentBag<int> unanswered, TaskCompletionSource enough)
    {
        for (var sequence = 0; ; sequence++)
        {
            var request = worker * 1_000_000 + sequence;
            HttpStatusCode status;
            Guid id;
            try
            {
                (status, id) = await SubmitAsync(client, plan, request);
            }
            catch (HttpRequestException)
            {
                unanswered.Add(request);
                return;
            }
            Assert.Equal(HttpStatusCode.Created, status);
            acknowledged[Key(request)] = id;
            if (acknowledged.Count >= AcknowledgedBeforeKill)
            {
                enough.TrySetResult();
            }
        }
    }

    /// <summary>Request number <paramref name="request"/> always has the same key and body, so a retry is the same request.</summary>
    private static async Task<(HttpStatusCode Status, Guid Id)> SubmitAsync(HttpClient client, ApiPlan plan, int request)
    {
        var respondent = plan.Respondents[request % plan.Respondents.Count];
        using var message = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{plan.SurveyId}/responses")
        {
            Content = JsonContent.Create(new
            {
                respondent.AccountId, respondent.StakeholderId,
                Answers = new Dictionary<string, object> { ["score"] = new { Number = request % 11 } },
            }),
        };
        message.Headers.Add("Idempotency-Key", Key(request));
        using var response = await client.SendAsync(message);
        if (!response.IsSuccessStatusCode)
        {
            return (response.StatusCode, Guid.Empty);
        }
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.GetProperty("id").GetGuid());
    }

    private static string Key(int request) => $"restart-{request}";

    private static int RequestOf(string key) => int.Parse(key["restart-".Length..], System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<List<(string Key, Guid Id)>> StoredAsync(ApiPlan plan)
    {
        await using var services = new BenchDatabase(plan.Provider, plan.ConnectionString).BuildServices(plan.WorkFolder);
        await using var scope = BenchDatabase.Enter(services, plan.WorkspaceId);
        var rows = await scope.ServiceProvider.GetRequiredService<DyadDbContext>().SurveyResponses
            .Where(r => r.SurveyId == plan.SurveyId).Select(r => new { r.IdempotencyKey, r.Id }).ToListAsync();
        return rows.Select(r => (r.IdempotencyKey ?? "(none)", r.Id)).ToList();
    }

    /// <summary>The web app on a free loopback port, up once /health answers, with a client holding the plan's API token.</summary>
    private sealed class RunningServer : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _output;

        private RunningServer(Process process, ConcurrentQueue<string> output, HttpClient client)
        {
            _process = process;
            _output = output;
            Client = client;
        }

        public HttpClient Client { get; }

        public string Output => string.Join('\n', _output);

        public static async Task<RunningServer> StartAsync(ApiPlan plan)
        {
            var port = ApiBenchmark.FreePort();
            var output = new ConcurrentQueue<string>();
            var process = ApiBenchmark.StartServer(plan, BenchFolder.WebAssembly, port, output);
            var root = $"http://127.0.0.1:{port}";
            var client = new HttpClient { BaseAddress = new Uri(root), Timeout = Limit };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", plan.Token);
            var server = new RunningServer(process, output, client);
            try
            {
                await ApiBenchmark.WaitUntilUpAsync(process, root, output);
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
            return server;
        }

        /// <summary>SIGKILL on Linux: no shutdown, no flush, no finally block runs in the server.</summary>
        public async Task KillAsync()
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                await KillAsync();
            }
            _process.Dispose();
            Client.Dispose();
        }
    }
}

public sealed class RestartedServerTestsOnSqlite() : RestartedServerTests(DatabaseProvider.Sqlite);

public sealed class RestartedServerTestsOnPostgres() : RestartedServerTests(DatabaseProvider.Postgres);

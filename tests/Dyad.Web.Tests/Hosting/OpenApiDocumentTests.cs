using System.Text.Json;
using Dyad.Core.Workspaces;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.OpenApi;

namespace Dyad.Web.Tests.Hosting;

/// <summary>The OpenAPI document is what clients and the security tests read, so it must be valid and complete.</summary>
public sealed class OpenApiDocumentTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private async Task<string> DocumentAsync() => await app.CreateClient().GetStringAsync("/openapi/v1.json");

    [Fact]
    public async Task The_document_is_valid_OpenAPI()
    {
        var result = OpenApiDocument.Parse(await DocumentAsync(), "json");

        Assert.Empty(result.Diagnostic?.Errors ?? []);
        Assert.Empty(result.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
    }

    [Fact]
    public async Task Every_operation_has_a_summary_documented_problems_and_examples_of_its_bodies()
    {
        var document = JsonDocument.Parse(await DocumentAsync()).RootElement;

        var gaps = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var op = operation.Value;
                if (!op.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
                {
                    gaps.Add($"{name}: no summary");
                }
                var responses = op.GetProperty("responses");
                var expected = new List<string> { "401" };
                if (!Security.ApiOperation.IsSignedReceiverPath(path.Name))
                {
                    expected.Add("403");
                }
                if (path.Name.Contains('{'))
                {
                    expected.Add("404");
                }
                if (op.TryGetProperty("requestBody", out var body))
                {
                    expected.Add("400");
                    gaps.AddRange(body.GetProperty("content").EnumerateObject()
                        .Where(media => !media.Value.TryGetProperty("example", out _))
                        .Select(media => $"{name}: no example of its {media.Name} body"));
                }
                gaps.AddRange(expected.Where(status => !responses.TryGetProperty(status, out _)).Select(status => $"{name}: {status} not documented"));
                gaps.AddRange(responses.EnumerateObject()
                    .SelectMany(r => r.Value.TryGetProperty("content", out var content) ? content.EnumerateObject().Select(m => (r.Name, Media: m)) : [])
                    .Where(r => r.Media.Value.TryGetProperty("schema", out _) && !r.Media.Value.TryGetProperty("example", out _))
                    .Select(r => $"{name}: no example of its {r.Name} {r.Media.Name} response"));
            }
        }

        Assert.True(gaps.Count == 0, string.Join("\n", gaps));
    }

    [Fact]
    public async Task Every_staff_operation_names_its_permission_and_a_token_scope_of_a_known_feature()
    {
        var operations = Security.ApiOperation.AllOf(JsonDocument.Parse(await DocumentAsync()).RootElement);

        var staff = operations.Where(o => !o.Path.StartsWith("/api/v1/portal/", StringComparison.Ordinal) && o.Path != "/api/v1/portal" && !o.IsSignedReceiver)
            .ToList();
        Assert.All(staff, o => Assert.True(o.Permission is not null && o.Scope is not null, $"{o} names no permission or scope"));
        var features = staff.Select(o => o.Scope!.Split(':')[0]).Distinct().ToList();
        Assert.Empty(features.Except(ApiFeatures.All));
        Assert.Empty(ApiFeatures.All.Except(features));
        Assert.All(staff, o => Assert.EndsWith(o.Writes ? ":write" : ":read", o.Scope!));
    }
}

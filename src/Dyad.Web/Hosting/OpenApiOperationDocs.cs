using Microsoft.AspNetCore.WebUtilities;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Dyad.Core.Workspaces;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dyad.Web.Hosting;

/// <summary>
/// Completes every operation in one place rather than on each endpoint: a summary where the endpoint gave none, who
/// may call it (<c>x-dyad-permission</c>, and <c>x-dyad-scope</c> for API tokens) and the problem responses the
/// pipeline can answer with (400, 401, 403, 404) besides the ones the handler declares.
/// </summary>
internal sealed class OpenApiOperationDocs : IOpenApiOperationTransformer
{
    public const string PermissionExtension = "x-dyad-permission";
    public const string ScopeExtension = "x-dyad-scope";
    private const string ProblemSchema = nameof(ProblemDetails);
    private const string ValidationProblemSchema = nameof(HttpValidationProblemDetails);

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        if (string.IsNullOrWhiteSpace(operation.Summary))
        {
            operation.Summary = SummaryOf(metadata, method, description.RelativePath ?? "");
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
        var permission = policies.Select(p => Enum.TryParse<Permission>(p, out var parsed) ? parsed : (Permission?)null)
            .OfType<Permission>().DefaultIfEmpty().Max();
        var authorized = policies.Count > 0 && !metadata.OfType<IAllowAnonymous>().Any();
        if (authorized && policies.Any(p => Enum.TryParse<Permission>(p, out _)))
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[PermissionExtension] = new JsonNodeExtension(JsonValue.Create(permission.ToString()));
            if (metadata.OfType<ITagsMetadata>().SelectMany(t => t.Tags).FirstOrDefault() is { } tag)
            {
                operation.Extensions[ScopeExtension] = new JsonNodeExtension(JsonValue.Create(TokenScope.Needed(TokenScope.FeatureOf(tag), method).ToString()));
            }
        }

        var document = context.Document ?? throw new InvalidOperationException("The operation is not part of a document.");
        operation.Responses ??= [];
        var takesInput = operation.RequestBody is not null || description.ParameterDescriptions.Any(p => p.Source.Id is "Query" or "Path" or "Header");
        if (takesInput)
        {
            await AddProblemAsync(operation, document, context, "400", "The request is not valid; `errors` names each field.", ValidationProblemSchema,
                typeof(HttpValidationProblemDetails), cancellationToken,
                new JsonObject { ["title"] = "The request is not valid.", ["status"] = 400, ["errors"] = new JsonObject { ["name"] = new JsonArray("Name is required.") } });
        }
        if (authorized)
        {
            await AddProblemAsync(operation, document, context, "401", "Not signed in, or the API token is unknown, revoked or expired.", ProblemSchema,
                typeof(ProblemDetails), cancellationToken, new JsonObject { ["title"] = "Unauthorized", ["status"] = 401 });
            await AddProblemAsync(operation, document, context, "403",
                "The caller's role does not allow this, or the API token lacks the scope (named in `missingScope`).", ProblemSchema,
                typeof(ProblemDetails), cancellationToken, new JsonObject
                {
                    ["title"] = "The API token lacks a scope.",
                    ["status"] = 403,
                    ["detail"] = "The API token does not have the scope 'accounts:write'.",
                    ["missingScope"] = "accounts:write",
                });
        }
        // A status the handler declares without a body (a receiver's 401 for a bad signature) answers with problem details too.
        foreach (var status in operation.Responses.Where(r => r.Key.StartsWith('4') && r.Value.Content is not { Count: > 0 }).Select(r => r.Key).ToList())
        {
            var title = ReasonPhrases.GetReasonPhrase(int.Parse(status, CultureInfo.InvariantCulture));
            await AddProblemAsync(operation, document, context, status, title, ProblemSchema, typeof(ProblemDetails), cancellationToken,
                new JsonObject { ["title"] = title, ["status"] = int.Parse(status, CultureInfo.InvariantCulture) });
        }
        if (description.ParameterDescriptions.Any(p => p.Source.Id == "Path"))
        {
            await AddProblemAsync(operation, document, context, "404", "Nothing with that id in your workspace.", ProblemSchema,
                typeof(ProblemDetails), cancellationToken, new JsonObject { ["title"] = "Not Found", ["status"] = 404 });
        }
    }

    private static async Task AddProblemAsync(OpenApiOperation operation, OpenApiDocument document, OpenApiOperationTransformerContext context,
        string status, string text, string schemaId, Type type, CancellationToken cancellationToken, JsonObject example)
    {
        if (operation.Responses!.TryGetValue(status, out var existing) && existing.Content is { Count: > 0 })
        {
            return;
        }
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(schemaId))
        {
            document.AddComponent(schemaId, await context.GetOrCreateSchemaAsync(type, null, cancellationToken));
        }
        operation.Responses[status] = new OpenApiResponse
        {
            Description = existing?.Description is { Length: > 0 } given ? given : text,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(schemaId, document), Example = example },
            },
        };
    }

    /// <summary>
    /// The handler's name as a phrase (<c>CreateStakeholderAsync</c> is "Create stakeholder"; a bare <c>GetAsync</c> on
    /// <c>/touchpoints/{id}</c> is "Get touchpoint"); a lambda has no telling name, so the verb and route stand in.
    /// </summary>
    private static string SummaryOf(IList<object> metadata, string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var name = metadata.OfType<MethodInfo>().FirstOrDefault()?.Name;
        if (name is null || name.Contains('<'))
        {
            return $"{method} /{Regex.Replace(path, ":[^}]+}", "}")}";
        }
        var trimmed = name.EndsWith("Async", StringComparison.Ordinal) ? name[..^"Async".Length] : name;
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= trimmed.Length; i++)
        {
            if (i == trimmed.Length || char.IsUpper(trimmed[i]))
            {
                words.Add(words.Count == 0 ? trimmed[start..i] : trimmed[start..i].ToLowerInvariant());
                start = i;
            }
        }
        if (words.Count == 1)
        {
            // The resource is the collection the last id belongs to, or the last segment when there is no id.
            var lastId = Array.FindLastIndex(segments, s => s.StartsWith('{'));
            var resource = lastId > 0 ? segments[lastId - 1] : segments.Last(s => !s.StartsWith('{'));
            words.Add(lastId > 0 ? Singular(resource.Replace('-', ' ')) : resource.Replace('-', ' '));
        }
        return string.Join(' ', words);
    }

    private static string Singular(string plural) =>
        plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y"
        : plural.EndsWith('s') && !plural.EndsWith("ss", StringComparison.Ordinal) ? plural[..^1]
        : plural;
}

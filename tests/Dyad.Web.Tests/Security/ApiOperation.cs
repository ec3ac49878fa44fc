using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dyad.Web.Tests.Security;

/// <summary>One operation of the OpenAPI document, as the security tests call it.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> PathParameters,
    IReadOnlyList<ApiParameter> RequiredQuery, string? Permission, string? Scope, string? BodyType, JsonElement? BodyExample)
{
    public bool Writes => Method is not ("GET" or "HEAD");

    /// <summary>Operations staff call with their permission; the portal's are for customers.</summary>
    public bool IsStaffOperation => Permission is not null;

    /// <summary>
    /// A receiver other systems call at a secret address with a signed body: there is no caller to refuse, only an unknown
    /// address (404) or a bad signature (401), which the inbound webhook tests cover.
    /// </summary>
    public bool IsSignedReceiver => IsSignedReceiverPath(Path);

    public static bool IsSignedReceiverPath(string path) => path.StartsWith("/api/v1/inbound/", StringComparison.Ordinal);

    public bool TakesIds => PathParameters.Any(p => p.IsId);

    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation of the document, with the permission and token scope the API documents for it.</summary>
    public static IReadOnlyList<ApiOperation> AllOf(JsonElement document)
    {
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var all = operation.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
                var parameters = all.Where(p => p.GetProperty("in").GetString() == "path")
                    .Select(p => new ApiParameter(p.GetProperty("name").GetString()!, SchemaOf(p))).ToList();
                var query = all.Where(p => p.GetProperty("in").GetString() == "query" && p.TryGetProperty("required", out var required) && required.GetBoolean())
                    .Select(p => new ApiParameter(p.GetProperty("name").GetString()!, SchemaOf(p))).ToList();
                string? bodyType = null;
                JsonElement? example = null;
                if (operation.Value.TryGetProperty("requestBody", out var body))
                {
                    var media = body.GetProperty("content").EnumerateObject().First();
                    bodyType = media.Name;
                    example = media.Value.TryGetProperty("example", out var given) ? given : null;
                }
                operations.Add(new ApiOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, query,
                    Extension(operation.Value, "x-dyad-permission"), Extension(operation.Value, "x-dyad-scope"), bodyType, example));
            }
        }
        return operations;
    }

    /// <summary>The request with path parameters filled in and the documented example as the body.</summary>
    public HttpRequestMessage Request(Func<string, ApiParameter, string> valueOf)
    {
        var url = Regex.Replace(Path, "{([^}]+)}", m =>
        {
            var parameter = PathParameters.Single(p => p.Name == m.Groups[1].Value);
            return Uri.EscapeDataString(valueOf(CollectionOf(m.Index), parameter));
        });
        // Required query parameters are numbers here (a version, a range); 1 satisfies the binding.
        var query = string.Join('&', RequiredQuery.Select(p => $"{p.Name}=1"));
        return new HttpRequestMessage(new HttpMethod(Method), query.Length == 0 ? url : $"{url}?{query}") { Content = Body() };
    }

    /// <summary>
    /// The collection an id belongs to, with its parent collection where there is one: <c>surveys/responses</c> in
    /// <c>/surveys/{id}/responses/{responseId}</c>, <c>accounts</c> in <c>/accounts/{id}</c>.
    /// </summary>
    private string CollectionOf(int index)
    {
        var collections = Path[..index].Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => !s.StartsWith('{')).ToList();
        return string.Join('/', collections.TakeLast(2));
    }

    private HttpContent? Body()
    {
        if (BodyType is null)
        {
            return null;
        }
        if (BodyType == "multipart/form-data")
        {
            var form = new MultipartFormDataContent();
            foreach (var field in BodyExample?.EnumerateObject() ?? Enumerable.Empty<JsonProperty>())
            {
                if (field.Value.ValueKind == JsonValueKind.String && field.Value.GetString() == "(file contents)")
                {
                    var file = new ByteArrayContent("name,text\nAna,fine\n"u8.ToArray());
                    file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                    form.Add(file, field.Name, "upload.csv");
                }
                else
                {
                    form.Add(new StringContent(field.Value.ToString()), field.Name);
                }
            }
            return form;
        }
        return new StringContent(BodyExample?.GetRawText() ?? "{}", Encoding.UTF8, BodyType.Contains("json") ? "application/json" : BodyType);
    }

    private static string? Extension(JsonElement operation, string name) =>
        operation.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static string SchemaOf(JsonElement parameter) =>
        parameter.GetProperty("schema") is var schema && schema.TryGetProperty("format", out var format) ? format.GetString()!
        : schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()! : "string";
}

/// <summary>A path parameter: its name and its schema's format or type (<c>uuid</c>, <c>int32</c>, <c>string</c>).</summary>
public sealed record ApiParameter(string Name, string Format)
{
    public bool IsId => Format == "uuid";
}

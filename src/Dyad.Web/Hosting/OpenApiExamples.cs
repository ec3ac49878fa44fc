using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dyad.Web.Hosting;

/// <summary>
/// Gives every schema, request body and response an example built from its schema, so the reference shows a body to
/// start from and a new endpoint has one without anyone writing it. Values follow the types, formats and enum values
/// (a valid id, a date, the first enum member) and a few property names; they show shape, not meaningful data.
/// </summary>
internal sealed class OpenApiExamples : IOpenApiDocumentTransformer
{
    /// <summary>Deep enough for the API's nested bodies (a survey's questions and their options), short of recursion.</summary>
    private const int MaxDepth = 6;

    private static readonly Dictionary<string, Func<JsonNode>> ByPropertyName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = () => "ana.janssen@customer.example",
        ["name"] = () => "Aurora Systems",
        ["displayName"] = () => "Aurora Systems",
        ["title"] = () => "Kick-off meeting ran late",
        ["language"] = () => "en",
        ["segment"] = () => "enterprise",
        ["tier"] = () => "A",
        ["quarter"] = () => "2026-Q4",
        ["accentColour"] = () => "#1f4e79",
        ["url"] = () => "https://hooks.example.com/dyad",
        ["logoUrl"] = () => "https://www.example.com/logo.png",
        ["note"] = () => "Called the customer back the same day.",
        ["summary"] = () => "Customer asked when the FAT report arrives.",
        ["text"] = () => "The engineers answered quickly and clearly.",
        ["markdown"] = () => "## Meetings\nEvery meeting has an agenda.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var examples = new Builder(document);
        foreach (var (id, schema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (schema is OpenApiSchema { Examples: not { Count: > 0 } } concrete && examples.For(schema, null, 0, [id]) is { } example)
            {
                concrete.Examples = [example];
            }
        }
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations ?? []).Select(o => o.Value))
        {
            foreach (var media in (operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>()).Values)
            {
                AddExample(media, examples);
            }
            foreach (var response in (operation.Responses ?? []).Values)
            {
                foreach (var media in (response.Content ?? new Dictionary<string, OpenApiMediaType>()).Values)
                {
                    AddExample(media, examples);
                }
            }
        }
        return Task.CompletedTask;
    }

    private static void AddExample(OpenApiMediaType media, Builder examples)
    {
        if (media.Example is null && media.Examples is not { Count: > 0 } && media.Schema is { } schema)
        {
            media.Example = examples.For(schema, null, 0, []);
        }
    }

    private sealed class Builder(OpenApiDocument document)
    {
        public JsonNode? For(IOpenApiSchema schema, string? propertyName, int depth, HashSet<string> seen)
        {
            if (schema is OpenApiSchemaReference reference)
            {
                var id = reference.Reference.Id;
                if (id is null || depth > MaxDepth || seen.Contains(id) && depth > 0
                    || document.Components?.Schemas?.TryGetValue(id, out var target) != true || target is null)
                {
                    return null;
                }
                return For(target, propertyName, depth, [.. seen, id]);
            }
            if (schema.Examples?.FirstOrDefault() is { } given)
            {
                return given.DeepClone();
            }
            if (schema.Enum is { Count: > 0 } values)
            {
                return values.FirstOrDefault(v => v is not null)?.DeepClone();
            }
            if (FirstAlternative(schema) is { } alternative)
            {
                return For(alternative, propertyName, depth, seen);
            }
            var type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
            if (type.HasFlag(JsonSchemaType.Object) || schema.Properties is { Count: > 0 })
            {
                return ObjectFor(schema, depth, seen);
            }
            if (type.HasFlag(JsonSchemaType.Array))
            {
                var item = schema.Items is null ? null : For(schema.Items, null, depth + 1, seen);
                return item is null ? new JsonArray() : new JsonArray(item);
            }
            if (type.HasFlag(JsonSchemaType.Integer))
            {
                return JsonValue.Create((long)Bounded(schema, 3));
            }
            if (type.HasFlag(JsonSchemaType.Number))
            {
                return JsonValue.Create(Bounded(schema, 4.5m));
            }
            if (type.HasFlag(JsonSchemaType.Boolean))
            {
                return JsonValue.Create(true);
            }
            // Numbers come before strings: the API reads numbers written as strings too, but writes them as numbers.
            if (type.HasFlag(JsonSchemaType.String))
            {
                return StringFor(schema.Format, propertyName);
            }
            return null;
        }

        private JsonObject ObjectFor(IOpenApiSchema schema, int depth, HashSet<string> seen)
        {
            var result = new JsonObject();
            foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (depth < MaxDepth && For(property, name, depth + 1, seen) is { } value)
                {
                    result[name] = value;
                }
            }
            if (result.Count == 0 && schema.AdditionalProperties is { } values && depth < MaxDepth
                && For(values, null, depth + 1, seen) is { } example)
            {
                result["key"] = example;
            }
            return result;
        }

        private static IOpenApiSchema? FirstAlternative(IOpenApiSchema schema) =>
            new[] { schema.AnyOf, schema.OneOf, schema.AllOf }
                .SelectMany(list => list ?? [])
                .FirstOrDefault(s => s is OpenApiSchemaReference || (s.Type ?? 0) != JsonSchemaType.Null);

        /// <summary>The preferred value, moved inside the schema's bounds (a 0-10 scale, a page size of at least 1).</summary>
        private static decimal Bounded(IOpenApiSchema schema, decimal preferred)
        {
            var value = preferred;
            if (Parse(schema.Minimum) is { } low && value < low)
            {
                value = low;
            }
            if (Parse(schema.Maximum) is { } high && value > high)
            {
                value = high;
            }
            return value;
        }

        private static decimal? Parse(string? bound) =>
            decimal.TryParse(bound, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

        private static JsonNode StringFor(string? format, string? propertyName) => format switch
        {
            "uuid" => "3f2b8c1e-5a4d-4c2b-9e7f-1a2b3c4d5e6f",
            "date-time" => "2026-05-04T09:30:00+00:00",
            "date" => "2026-05-04",
            "time" => "09:30:00",
            "email" => "ana.janssen@customer.example",
            "uri" => "https://www.example.com/",
            "binary" => "(file contents)",
            _ when propertyName is not null && ByPropertyName.TryGetValue(propertyName, out var named) => named(),
            _ when propertyName is not null && propertyName.EndsWith("Id", StringComparison.Ordinal) => "3f2b8c1e-5a4d-4c2b-9e7f-1a2b3c4d5e6f",
            _ => "text",
        };
    }
}

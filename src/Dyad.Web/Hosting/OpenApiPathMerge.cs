using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dyad.Web.Hosting;

/// <summary>
/// OpenAPI allows one path per shape, but two routes may differ only in a parameter's name
/// (<c>GET /instruments/{key}</c> takes a built-in's key or a workspace instrument's id, <c>PUT /instruments/{id}</c> the
/// id). Their operations are joined under the first path, parameters renamed by position, so the document stays valid.
/// </summary>
internal sealed partial class OpenApiPathMerge : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (document.Paths is null)
        {
            return Task.CompletedTask;
        }
        foreach (var shape in document.Paths.Keys.GroupBy(path => Parameter().Replace(path, "{}")).Where(g => g.Count() > 1).ToList())
        {
            var kept = shape.First();
            var names = Parameter().Matches(kept).Select(m => m.Groups[1].Value).ToList();
            foreach (var other in shape.Skip(1))
            {
                var otherNames = Parameter().Matches(other).Select(m => m.Groups[1].Value).ToList();
                var target = (OpenApiPathItem)document.Paths[kept];
                var source = document.Paths[other];
                if ((source.Operations ?? []).Keys.Any(method => target.Operations?.ContainsKey(method) == true))
                {
                    continue;
                }
                foreach (var (method, operation) in source.Operations ?? [])
                {
                    foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Path))
                    {
                        parameter.Name = names[otherNames.IndexOf(parameter.Name!)];
                    }
                    target.AddOperation(method, operation);
                }
                document.Paths.Remove(other);
            }
        }
        return Task.CompletedTask;
    }

    [GeneratedRegex("{([^}]+)}")]
    private static partial Regex Parameter();
}

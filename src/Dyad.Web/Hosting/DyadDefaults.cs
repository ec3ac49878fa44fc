using System.Text.Json;
using System.Text.Json.Serialization;
using Dyad.Data;
using Dyad.Web.Security;
using MudBlazor.Services;

namespace Dyad.Web.Hosting;

public static class DyadDefaults
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Everything every feature relies on: data, security, JSON, problem details, OpenAPI, health, the Blazor UI.</summary>
    public static WebApplicationBuilder AddDyadDefaults(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && string.IsNullOrWhiteSpace(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.Services.AddDyadData(builder.Configuration);
        builder.AddDyadSecurity();

        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
        // Unreadable bodies reach the exception handler, which names the offending JSON path.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Dyad API";
                document.Info.Description = "B2B customer experience management: accounts, stakeholders, journeys, touchpoints, critical events " +
                                            "with the practices used and their evidence, the practice catalogue and its coding. " +
                                            "Authenticate with the sign-in cookie or 'Authorization: Bearer <personal API token>'; a token " +
                                            "needs the scope in each operation's x-dyad-scope, and the caller's role the permission in x-dyad-permission.";
                return Task.CompletedTask;
            });
            options.AddOperationTransformer<OpenApiOperationDocs>();
            options.AddDocumentTransformer<OpenApiPathMerge>();
            options.AddDocumentTransformer<OpenApiExamples>();
        });
        builder.Services.AddDyadHealthChecks();

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        return builder;
    }
}

using Dyad.Core.Workspaces;
using Dyad.Data.Workspaces;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Workspaces;

/// <summary>The workspace's branding, shown to customers on the respondent page.</summary>
public static class BrandingApi
{
    public static IEndpointRouteBuilder MapBrandingApi(this IEndpointRouteBuilder app)
    {
        var branding = app.MapGroup("/api/v1/workspace/branding").WithTags("Workspace").RequirePermission(Permission.Configure);
        branding.MapGet("/", GetAsync).WithSummary("The name, accent colour, logo and thank-you text respondents see.");
        branding.MapPut("/", SaveAsync).WithSummary("Sets the branding; the accent colour is #rrggbb, the logo an http(s) address.")
            .WithDescription("The response adds textOnAccent: black or white, whichever reads better on the accent colour.");
        return app;
    }

    private static async Task<Ok<BrandingView>> GetAsync(BrandingService branding, CancellationToken ct) =>
        TypedResults.Ok(await branding.GetAsync(ct));

    private static async Task<Ok<BrandingView>> SaveAsync(BrandingDetails details, BrandingService branding, CancellationToken ct) =>
        TypedResults.Ok(await branding.SaveAsync(details, ct));
}

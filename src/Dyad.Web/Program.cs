using Dyad.Web.Accounts;
using Dyad.Web.Alerts;
using Dyad.Web.Coding;
using Dyad.Web.Components;
using Dyad.Web.Events;
using Dyad.Web.Feedback;
using Dyad.Web.Hosting;
using Dyad.Web.Journeys;
using Dyad.Web.Notifications;
using Dyad.Web.Practices;
using Dyad.Web.Security;
using Dyad.Web.Surveys;
using Dyad.Web.Surveys.Distribution;
using Dyad.Web.Tokens;
using Dyad.Web.Touchpoints;
using Dyad.Web.Workspaces;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddDyadDefaults();
builder.AddSurveyDistribution();
builder.AddAlerts();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseMiddleware<WorkspaceScopeMiddleware>();
app.UseAuthorization();
app.UseAntiforgery();
app.UseMiddleware<ApiTokenAntiforgeryExemption>();

app.MapStaticAssets();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference(options => options.WithTitle("Dyad API")).AllowAnonymous();
app.MapDyadHealth();
app.MapSignInEndpoints();
app.MapAccountsApi();
app.MapJourneysApi();
app.MapTouchpointsApi();
app.MapTokensApi();
app.MapInterchangeApi();
app.MapEventsApi();
app.MapEvidenceApi();
app.MapPracticesApi();
app.MapCodesApi();
app.MapSurveysApi();
app.MapInstrumentsApi();
app.MapSurveyDistributionApi();
app.MapTouchpointOccurrencesApi();
app.MapBrandingApi();
app.MapFeedbackApi();
app.MapNotificationsApi();
app.MapAlertsApi();
app.MapCommunicationsApi();
app.MapAntiforgeryApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.InitializeDyadAsync();
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;

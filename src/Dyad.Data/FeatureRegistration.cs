using Dyad.Data.Accounts;
using Dyad.Data.Coding;
using Dyad.Data.Demo;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Data.Events;
using Dyad.Data.Feedback;
using Dyad.Data.Notifications;
using Dyad.Data.Practices;
using Dyad.Data.Journeys;
using Dyad.Data.Surveys;
using Dyad.Data.Surveys.Distribution;
using Dyad.Data.Surveys.Respondents;
using Dyad.Data.Touchpoints;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dyad.Data;

internal static class FeatureRegistration
{
    public static IServiceCollection AddDyadFeatures(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<WorkspaceDirectory>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<AccountQueries>();
        services.AddScoped<AccountCommands>();
        services.AddScoped<StakeholderCommands>();
        services.AddScoped<AccountCsv>();
        services.AddScoped<JourneyTemplateService>();
        services.AddScoped<JourneyService>();
        services.AddScoped<TouchpointService>();
        services.AddScoped<EvidenceFiles>();
        services.AddScoped<EventService>();
        services.AddScoped<EvidenceService>();
        services.AddScoped<EventAnalyticsService>();
        services.AddScoped<PracticeService>();
        services.AddScoped<CodingService>();
        services.AddScoped<RefiQdaExport>();
        services.AddScoped<RefiQdaImport>();
        services.AddScoped<CodedEvidenceCsv>();
        services.AddScoped<SurveyService>();
        services.AddScoped<SurveyResponseService>();
        services.AddScoped<SurveyAnalysisService>();
        services.AddScoped<SurveyResponseCsv>();
        services.AddScoped<InstrumentService>();
        services.AddScoped<QuestionBankService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<TriggerService>();
        services.AddScoped<TriggerEvaluator>();
        services.AddScoped<InvitationOutbox>();
        services.AddScoped<DistributionSettingsService>();
        services.AddScoped<ResponseRateService>();
        services.AddScoped<TouchpointOccurrenceService>();
        services.AddScoped<RespondentService>();
        services.AddScoped<BrandingService>();
        services.TryAddSingleton(SentimentAnalysers.BuiltIn);
        services.AddScoped<CodebookService>();
        services.AddScoped<FeedbackInbox>();
        services.AddScoped<FeedbackRouting>();
        services.AddScoped<NotificationService>();
        services.AddScoped<DemoWorkspace>();
        services.AddScoped<WorkspaceGenerator>();
        return services;
    }
}

using Dyad.Data.Accounts;
using Dyad.Data.Actions;
using Dyad.Data.Actions.Webhooks;
using Dyad.Data.Coding;
using Dyad.Data.Demo;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Data.Events;
using Dyad.Data.Experiences;
using Dyad.Data.Feedback;
using Dyad.Data.Notifications;
using Dyad.Data.Practices;
using Dyad.Data.Initiatives;
using Dyad.Data.Journeys;
using Dyad.Data.JourneyDesign;
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
        services.AddScoped<EmployeeNotes>();
        services.AddScoped<FeedbackGaps>();
        services.AddScoped<NotificationService>();
        services.AddScoped<TargetExperienceService>();
        services.AddScoped<AttainmentService>();
        services.AddScoped<JourneyDesignService>();
        services.AddScoped<InitiativeService>();
        services.AddScoped<ActionQueries>();
        services.AddScoped<ActionCommands>();
        services.AddScoped<ActionRuleSettingsService>();
        services.AddScoped<ResponseActionRule>();
        services.AddScoped<ActionEscalation>();
        services.AddScoped<PlaybookService>();
        services.AddScoped<WebhookService>();
        services.AddScoped<WebhookPublisher>();
        services.AddScoped<WebhookOutbox>();
        services.AddScoped<DemoWorkspace>();
        return services;
    }
}

using System.Linq.Expressions;
using System.Reflection;
using Dyad.Core.Accounts;
using Dyad.Data.Audit;
using Dyad.Core.Actions;
using Dyad.Core.Actions.Webhooks;
using Dyad.Core.Integrations;
using Dyad.Core.Alerts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Coding;
using Dyad.Core.Events;
using Dyad.Core.Experiences;
using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Handbook;
using Dyad.Core.Feedback.Notes;
using Dyad.Core.Health;
using Dyad.Core.Ingestion;
using Dyad.Core.Notifications;
using Dyad.Core.Portal;
using Dyad.Core.Practices;
using Dyad.Core.Common;
using Dyad.Core.Initiatives;
using Dyad.Core.Privacy;
using Dyad.Core.Journeys;
using Dyad.Core.JourneyDesign;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Surveys.Instruments;
using Dyad.Core.Touchpoints;
using Dyad.Core.Workspaces;
using Dyad.Data.Actions;
using Dyad.Data.Common;
using Dyad.Data.Idempotency;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data;

/// <summary>
/// The one database context. Each provider has a subclass so that SQLite and PostgreSQL keep their own
/// migrations; every workspace-owned table is filtered on the scope's workspace.
/// </summary>
public abstract class DyadDbContext(DbContextOptions options, WorkspaceScope scope)
    : IdentityUserContext<DyadUser, Guid>(options)
{
    public DbSet<Workspace> Workspaces => Set<Workspace>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();
    public DbSet<JourneyTemplate> JourneyTemplates => Set<JourneyTemplate>();
    public DbSet<JourneyPhase> JourneyPhases => Set<JourneyPhase>();
    public DbSet<Journey> Journeys => Set<Journey>();
    public DbSet<JourneyPhaseChange> JourneyPhaseChanges => Set<JourneyPhaseChange>();
    public DbSet<Touchpoint> Touchpoints => Set<Touchpoint>();
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<AggregateDimension> AggregateDimensions => Set<AggregateDimension>();
    public DbSet<FirstOrderCode> FirstOrderCodes => Set<FirstOrderCode>();
    public DbSet<EvidenceCoding> EvidenceCodings => Set<EvidenceCoding>();
    public DbSet<CriticalEvent> CriticalEvents => Set<CriticalEvent>();
    public DbSet<EventParticipant> EventParticipants => Set<EventParticipant>();
    public DbSet<EventPractice> EventPractices => Set<EventPractice>();
    public DbSet<Evidence> Evidence => Set<Evidence>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();
    public DbSet<WorkspaceInstrument> Instruments => Set<WorkspaceInstrument>();
    public DbSet<QuestionBankItem> QuestionBank => Set<QuestionBankItem>();
    public DbSet<SurveyTrigger> SurveyTriggers => Set<SurveyTrigger>();
    public DbSet<DistributionSettings> DistributionSettings => Set<DistributionSettings>();
    public DbSet<TouchpointOccurrence> TouchpointOccurrences => Set<TouchpointOccurrence>();
    public DbSet<WorkspaceBranding> WorkspaceBrandings => Set<WorkspaceBranding>();
    public DbSet<WorkspaceCodebook> Codebooks => Set<WorkspaceCodebook>();
    public DbSet<FeedbackAnnotation> FeedbackAnnotations => Set<FeedbackAnnotation>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreferences> NotificationPreferences => Set<NotificationPreferences>();
    public DbSet<EmployeeNote> EmployeeNotes => Set<EmployeeNote>();
    public DbSet<TargetExperience> TargetExperiences => Set<TargetExperience>();
    public DbSet<TargetExperienceVersion> TargetExperienceVersions => Set<TargetExperienceVersion>();
    public DbSet<TargetExperienceLink> TargetExperienceLinks => Set<TargetExperienceLink>();
    public DbSet<TemplateDesign> TemplateDesigns => Set<TemplateDesign>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<QueuedFollowUp> QueuedFollowUps => Set<QueuedFollowUp>();
    public DbSet<ActionTask> ActionTasks => Set<ActionTask>();
    public DbSet<ActionComment> ActionComments => Set<ActionComment>();
    public DbSet<Playbook> Playbooks => Set<Playbook>();
    public DbSet<ActionRuleSettings> ActionRuleSettings => Set<ActionRuleSettings>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<InboundEndpoint> InboundEndpoints => Set<InboundEndpoint>();
    public DbSet<InboundDelivery> InboundDeliveries => Set<InboundDelivery>();
    public DbSet<RelationshipChange> RelationshipChanges => Set<RelationshipChange>();
    public DbSet<CustomerCommunication> Communications => Set<CustomerCommunication>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<AlertRuleSetting> AlertRuleSettings => Set<AlertRuleSetting>();
    public DbSet<HealthSettings> HealthSettings => Set<HealthSettings>();
    public DbSet<HealthSnapshot> HealthSnapshots => Set<HealthSnapshot>();
    public DbSet<CustomerUser> CustomerUsers => Set<CustomerUser>();
    public DbSet<CustomerSignInLink> CustomerSignInLinks => Set<CustomerSignInLink>();
    public DbSet<PortalVisit> PortalVisits => Set<PortalVisit>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<PortalDocument> PortalDocuments => Set<PortalDocument>();
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    public DbSet<DocumentFollow> DocumentFollows => Set<DocumentFollow>();
    public DbSet<DocumentNotice> DocumentNotices => Set<DocumentNotice>();
    public DbSet<SharedTask> SharedTasks => Set<SharedTask>();
    public DbSet<ExpertTopic> ExpertTopics => Set<ExpertTopic>();
    public DbSet<PortalQuestion> PortalQuestions => Set<PortalQuestion>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<RetentionPolicy> RetentionPolicies => Set<RetentionPolicy>();
    public DbSet<Dyad.Core.Handbook.Handbook> Handbooks => Set<Dyad.Core.Handbook.Handbook>();
    public DbSet<HandbookVersion> HandbookVersions => Set<HandbookVersion>();
    public DbSet<Dyad.Core.Reports.StoredReport> Reports => Set<Dyad.Core.Reports.StoredReport>();
    public DbSet<Dyad.Core.Reports.ReportSchedule> ReportSchedules => Set<Dyad.Core.Reports.ReportSchedule>();
    public DbSet<Dyad.Core.Reports.ReportDelivery> ReportDeliveries => Set<Dyad.Core.Reports.ReportDelivery>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>Read by the query filters at query time; <see cref="Guid.Empty"/> matches nothing.</summary>
    private Guid CurrentWorkspaceId => scope.WorkspaceId ?? Guid.Empty;

    public WorkspaceScope Scope => scope;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Stored as JSON inside their handbook and version rows; without this EF keeps them as entity types with no key.
        builder.Ignore<HandbookSection>();
        builder.Ignore<SectionSnapshot>();
        builder.ApplyConfigurationsFromAssembly(typeof(DyadDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes()
                     .Where(e => typeof(IWorkspaceOwned).IsAssignableFrom(e.ClrType) && e.BaseType is null))
        {
            builder.Entity(entity.ClrType).HasQueryFilter(WorkspaceFilter(entity.ClrType));
        }
        // Domain objects make their own ids, so a new child added to a loaded parent's collection (a
        // phase change, a phase) must be inserted; EF would otherwise take a set key for an existing row.
        foreach (var entity in builder.Model.GetEntityTypes()
                     .Where(e => !e.IsOwned() && e.ClrType.Namespace?.StartsWith("Dyad.Core", StringComparison.Ordinal) == true))
        {
            builder.Entity(entity.ClrType).Property(nameof(Workspace.Id)).ValueGeneratedNever();
        }
        foreach (var entity in builder.Model.GetEntityTypes()
                     .Where(e => !e.IsOwned() && e.BaseType is null && e.ClrType.Namespace?.StartsWith("Dyad.Core", StringComparison.Ordinal) == true)
                     .ToList())
        {
            RowVersions.Configure(builder, entity);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads like the domain and survives reordering.
        configurationBuilder.Properties<RelationshipType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<HierarchyLevel>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<BuyingCentreRole>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<TouchpointController>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Visibility>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Channel>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<EncounterType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DyadRole>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<PracticePolarity>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ModeOfOrganization>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ModeOfEngagement>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ExperienceState>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<EvidenceKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<SurveyStatus>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<TriggerKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<TriggerAudience>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<PeriodUnit>().HaveConversion<string>().HaveMaxLength(40);
        // Questions and answers live in JSON columns (SurveyConfiguration); without this, conventions would take
        // their parts for entities before the converters are applied.
        configurationBuilder.IgnoreAny<Question>();
        configurationBuilder.IgnoreAny<Answer>();
        configurationBuilder.IgnoreAny<LocalizedText>();
        configurationBuilder.IgnoreAny<OwnedKeyword>();
        configurationBuilder.IgnoreAny<TopicThreshold>();
        configurationBuilder.IgnoreAny<KeywordCorrection>();
        configurationBuilder.IgnoreAny<TargetExperienceDefinition>();
        configurationBuilder.IgnoreAny<DimensionResponses>();
        configurationBuilder.IgnoreAny<StrategyStatement>();
        configurationBuilder.IgnoreAny<JourneyMap>();
        configurationBuilder.IgnoreAny<MapTouchpoint>();
        configurationBuilder.IgnoreAny<InitiativeScope>();
        configurationBuilder.IgnoreAny<StageProgress>();
        configurationBuilder.IgnoreAny<MeasurementPlan>();
        configurationBuilder.IgnoreAny<LoopClosure>();
        configurationBuilder.IgnoreAny<PlaybookStep>();
        configurationBuilder.IgnoreAny<InboundMapping>();
        configurationBuilder.IgnoreAny<InputWeight>();
        configurationBuilder.IgnoreAny<InputScore>();
        configurationBuilder.ComplexProperties<SurveyContext>();
        configurationBuilder.ComplexProperties<ActionLinks>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardWorkspaceBoundary();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardWorkspaceBoundary();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>A second line of defence: nothing is written into a workspace other than the one entered.</summary>
    private void GuardWorkspaceBoundary()
    {
        if (scope.WorkspaceId is not { } workspaceId)
        {
            return;
        }
        var stranger = ChangeTracker.Entries<IWorkspaceOwned>()
            .FirstOrDefault(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                                 && e.Entity.WorkspaceId != workspaceId);
        if (stranger is not null)
        {
            throw new InvalidOperationException(
                $"Refusing to write {stranger.Entity.GetType().Name} of another workspace.");
        }
    }

    private LambdaExpression WorkspaceFilter(Type entityType)
    {
        var entity = Expression.Parameter(entityType, "e");
        var owner = Expression.Property(entity, nameof(IWorkspaceOwned.WorkspaceId));
        var current = Expression.Property(
            Expression.Constant(this, typeof(DyadDbContext)),
            typeof(DyadDbContext).GetProperty(nameof(CurrentWorkspaceId), BindingFlags.Instance | BindingFlags.NonPublic)!);
        return Expression.Lambda(Expression.Equal(owner, current), entity);
    }
}

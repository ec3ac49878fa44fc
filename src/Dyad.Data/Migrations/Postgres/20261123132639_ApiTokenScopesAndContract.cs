using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApiTokenScopesAndContract : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Workspaces",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "WorkspaceBrandings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "WebhookEndpoints",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "WebhookDeliveries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Touchpoints",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "TouchpointOccurrences",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "TemplateDesigns",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "TargetExperienceVersions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "TargetExperiences",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "TargetExperienceLinks",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "SurveyTriggers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Surveys",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "SurveyResponses",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "SurveyInvitations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Stakeholders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "SharedTasks",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "RetentionPolicies",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ReportSchedules",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Reports",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ReportDeliveries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "RelationshipChanges",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "QuestionBank",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Practices",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "PortalVisits",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "PortalQuestions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "PortalDocuments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Playbooks",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Notifications",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "NotificationPreferences",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Milestones",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "JourneyTemplates",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Journeys",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "JourneyPhases",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "JourneyPhaseChanges",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Instruments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Initiatives",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "InboundEndpoints",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "InboundDeliveries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ImportRuns",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "HealthSnapshots",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "HealthSettings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "HandbookVersions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Handbooks",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "FirstOrderCodes",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "FeedbackAnnotations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ExpertTopics",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "EvidenceCodings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Evidence",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "EventPractices",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "EventParticipants",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "EmployeeNotes",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "DocumentVersions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "DocumentNotices",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "DocumentFollows",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "DistributionSettings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "CustomerUsers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "CustomerSignInLinks",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "CustomerCommunications",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "CriticalEvents",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Codebooks",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExpiresAt",
                table: "ApiTokens",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ApiTokens",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Scopes",
                table: "ApiTokens",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValueSql: "'*:read *:write'");

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Alerts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "AlertRuleSettings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "AggregateDimensions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ActionTasks",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ActionRuleSettings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ActionItems",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ActionComments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Accounts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Body = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_WorkspaceId_CreatedAt",
                table: "IdempotencyRecords",
                columns: new[] { "WorkspaceId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_WorkspaceId_UserId_Key",
                table: "IdempotencyRecords",
                columns: new[] { "WorkspaceId", "UserId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "WorkspaceBrandings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "WebhookEndpoints");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "WebhookDeliveries");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Touchpoints");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "TouchpointOccurrences");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "TemplateDesigns");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "TargetExperienceVersions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "TargetExperiences");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "TargetExperienceLinks");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "SurveyTriggers");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Surveys");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "SurveyInvitations");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "SharedTasks");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "RetentionPolicies");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "ReportSchedules");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "ReportDeliveries");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "RelationshipChanges");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "QuestionBank");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "PortalVisits");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "PortalQuestions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "PortalDocuments");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Playbooks");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "NotificationPreferences");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "JourneyTemplates");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Journeys");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "JourneyPhases");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "JourneyPhaseChanges");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Instruments");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Initiatives");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "InboundEndpoints");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "InboundDeliveries");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "HealthSnapshots");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "HealthSettings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "HandbookVersions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Handbooks");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "FirstOrderCodes");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "FeedbackAnnotations");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "ExpertTopics");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "EvidenceCodings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Evidence");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "EventPractices");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "EventParticipants");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "EmployeeNotes");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "DocumentVersions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "DocumentNotices");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "DocumentFollows");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "DistributionSettings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "CustomerUsers");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "CustomerSignInLinks");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "CustomerCommunications");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "CriticalEvents");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Codebooks");

            migrationBuilder.DropColumn(
                name: "ExpiresAt",
                table: "ApiTokens");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "ApiTokens");

            migrationBuilder.DropColumn(
                name: "Scopes",
                table: "ApiTokens");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Alerts");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "AlertRuleSettings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "AggregateDimensions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "ActionTasks");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "ActionRuleSettings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "ActionItems");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "ActionComments");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Accounts");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "WorkspaceBrandings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "WebhookEndpoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "WebhookDeliveries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Touchpoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "TouchpointOccurrences",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "TemplateDesigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "TargetExperienceVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "TargetExperiences",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "TargetExperienceLinks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "SurveyTriggers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Surveys",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "SurveyResponses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "SurveyInvitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Stakeholders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "SharedTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "RetentionPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ReportSchedules",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ReportDeliveries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "RelationshipChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "QuestionBank",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Practices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "PortalVisits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "PortalQuestions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "PortalDocuments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Playbooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Notifications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "NotificationPreferences",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Milestones",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "JourneyTemplates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Journeys",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "JourneyPhases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "JourneyPhaseChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Instruments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Initiatives",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "InboundEndpoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "InboundDeliveries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "HealthSnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "HealthSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "HandbookVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Handbooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "FirstOrderCodes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "FeedbackAnnotations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ExpertTopics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "EvidenceCodings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Evidence",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "EventPractices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "EventParticipants",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "EmployeeNotes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "DocumentVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "DocumentNotices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "DocumentFollows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "DistributionSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "CustomerUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "CustomerSignInLinks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "CustomerCommunications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "CriticalEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Codebooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ExpiresAt",
                table: "ApiTokens",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ApiTokens",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Scopes",
                table: "ApiTokens",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValueSql: "'*:read *:write'");

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Alerts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "AlertRuleSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "AggregateDimensions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ActionTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ActionRuleSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ActionItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "ActionComments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Body = table.Column<byte[]>(type: "BLOB", nullable: true)
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

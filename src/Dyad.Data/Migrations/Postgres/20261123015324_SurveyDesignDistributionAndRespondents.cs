using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SurveyDesignDistributionAndRespondents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublicKey",
                table: "Surveys",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Context_JourneyId",
                table: "SurveyResponses",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Context_Phase",
                table: "SurveyResponses",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Context_TouchpointId",
                table: "SurveyResponses",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "InvitationId",
                table: "SurveyResponses",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DistributionSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    FatigueDays = table.Column<int>(type: "integer", nullable: false),
                    FatigueMaxInvitations = table.Column<int>(type: "integer", nullable: false),
                    ReminderAfterDays = table.Column<int>(type: "integer", nullable: false),
                    MaxReminders = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DistributionSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Instruments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Questions = table.Column<string>(type: "text", nullable: false),
                    Languages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuestionBank",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Question = table.Column<string>(type: "text", nullable: false),
                    Tags = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Languages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionBank", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyTriggers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DelayDays = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    ActiveSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TouchpointId = table.Column<Guid>(type: "uuid", nullable: true),
                    TouchpointName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    Phase = table.Column<int>(type: "integer", nullable: true),
                    Every = table.Column<int>(type: "integer", nullable: true),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Segment = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyTriggers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyTriggers_JourneyTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "JourneyTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyTriggers_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyTriggers_Touchpoints_TouchpointId",
                        column: x => x.TouchpointId,
                        principalTable: "Touchpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TouchpointOccurrences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    TouchpointId = table.Column<Guid>(type: "uuid", nullable: false),
                    JourneyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StakeholderIds = table.Column<Guid[]>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TouchpointOccurrences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TouchpointOccurrences_Touchpoints_TouchpointId",
                        column: x => x.TouchpointId,
                        principalTable: "Touchpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkspaceBrandings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AccentColour = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    LogoUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ThankYouText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkspaceBrandings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkspaceBrandings_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    StakeholderId = table.Column<Guid>(type: "uuid", nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    BuyingCentreRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    IsDecisionMakingUnitMember = table.Column<bool>(type: "boolean", nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DedupKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BouncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BounceReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastReminderAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReminderCount = table.Column<int>(type: "integer", nullable: false),
                    Draft = table.Column<string>(type: "text", nullable: false),
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: true),
                    TriggerId = table.Column<Guid>(type: "uuid", nullable: true),
                    SuppressedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SuppressedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Context_JourneyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Context_Phase = table.Column<int>(type: "integer", nullable: true),
                    Context_TouchpointId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_SurveyTriggers_TriggerId",
                        column: x => x.TriggerId,
                        principalTable: "SurveyTriggers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_PublicKey",
                table: "Surveys",
                column: "PublicKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_InvitationId",
                table: "SurveyResponses",
                column: "InvitationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DistributionSettings_WorkspaceId",
                table: "DistributionSettings",
                column: "WorkspaceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_WorkspaceId_Name",
                table: "Instruments",
                columns: new[] { "WorkspaceId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionBank_WorkspaceId_CreatedAt",
                table: "QuestionBank",
                columns: new[] { "WorkspaceId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_AccountId",
                table: "SurveyInvitations",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_ResponseId",
                table: "SurveyInvitations",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_StakeholderId",
                table: "SurveyInvitations",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_SurveyId",
                table: "SurveyInvitations",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_Token",
                table: "SurveyInvitations",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_TriggerId",
                table: "SurveyInvitations",
                column: "TriggerId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_WorkspaceId_DedupKey",
                table: "SurveyInvitations",
                columns: new[] { "WorkspaceId", "DedupKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_WorkspaceId_SentAt",
                table: "SurveyInvitations",
                columns: new[] { "WorkspaceId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_WorkspaceId_StakeholderId_SentAt",
                table: "SurveyInvitations",
                columns: new[] { "WorkspaceId", "StakeholderId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_WorkspaceId_SurveyId_CreatedAt",
                table: "SurveyInvitations",
                columns: new[] { "WorkspaceId", "SurveyId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyTriggers_SurveyId",
                table: "SurveyTriggers",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyTriggers_TemplateId",
                table: "SurveyTriggers",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyTriggers_TouchpointId",
                table: "SurveyTriggers",
                column: "TouchpointId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyTriggers_WorkspaceId_SurveyId",
                table: "SurveyTriggers",
                columns: new[] { "WorkspaceId", "SurveyId" });

            migrationBuilder.CreateIndex(
                name: "IX_TouchpointOccurrences_TouchpointId",
                table: "TouchpointOccurrences",
                column: "TouchpointId");

            migrationBuilder.CreateIndex(
                name: "IX_TouchpointOccurrences_WorkspaceId_OccurredAt",
                table: "TouchpointOccurrences",
                columns: new[] { "WorkspaceId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TouchpointOccurrences_WorkspaceId_TouchpointId_OccurredAt",
                table: "TouchpointOccurrences",
                columns: new[] { "WorkspaceId", "TouchpointId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkspaceBrandings_WorkspaceId",
                table: "WorkspaceBrandings",
                column: "WorkspaceId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DistributionSettings");

            migrationBuilder.DropTable(
                name: "Instruments");

            migrationBuilder.DropTable(
                name: "QuestionBank");

            migrationBuilder.DropTable(
                name: "SurveyInvitations");

            migrationBuilder.DropTable(
                name: "TouchpointOccurrences");

            migrationBuilder.DropTable(
                name: "WorkspaceBrandings");

            migrationBuilder.DropTable(
                name: "SurveyTriggers");

            migrationBuilder.DropIndex(
                name: "IX_Surveys_PublicKey",
                table: "Surveys");

            migrationBuilder.DropIndex(
                name: "IX_SurveyResponses_InvitationId",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "PublicKey",
                table: "Surveys");

            migrationBuilder.DropColumn(
                name: "Context_JourneyId",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "Context_Phase",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "Context_TouchpointId",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "InvitationId",
                table: "SurveyResponses");
        }
    }
}

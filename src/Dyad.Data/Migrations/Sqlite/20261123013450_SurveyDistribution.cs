using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyDistribution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClaimedUntil",
                table: "SurveyInvitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SuppressedAt",
                table: "SurveyInvitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuppressedReason",
                table: "SurveyInvitations",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TriggerId",
                table: "SurveyInvitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DistributionSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FatigueDays = table.Column<int>(type: "INTEGER", nullable: false),
                    FatigueMaxInvitations = table.Column<int>(type: "INTEGER", nullable: false),
                    ReminderAfterDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxReminders = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DistributionSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyTriggers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DelayDays = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActiveSince = table.Column<long>(type: "INTEGER", nullable: false),
                    TouchpointId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TouchpointName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Phase = table.Column<int>(type: "INTEGER", nullable: true),
                    Every = table.Column<int>(type: "INTEGER", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TouchpointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JourneyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StakeholderIds = table.Column<string>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_TriggerId",
                table: "SurveyInvitations",
                column: "TriggerId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_WorkspaceId_SentAt",
                table: "SurveyInvitations",
                columns: new[] { "WorkspaceId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DistributionSettings_WorkspaceId",
                table: "DistributionSettings",
                column: "WorkspaceId",
                unique: true);

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

            migrationBuilder.AddForeignKey(
                name: "FK_SurveyInvitations_SurveyTriggers_TriggerId",
                table: "SurveyInvitations",
                column: "TriggerId",
                principalTable: "SurveyTriggers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SurveyInvitations_SurveyTriggers_TriggerId",
                table: "SurveyInvitations");

            migrationBuilder.DropTable(
                name: "DistributionSettings");

            migrationBuilder.DropTable(
                name: "SurveyTriggers");

            migrationBuilder.DropTable(
                name: "TouchpointOccurrences");

            migrationBuilder.DropIndex(
                name: "IX_SurveyInvitations_TriggerId",
                table: "SurveyInvitations");

            migrationBuilder.DropIndex(
                name: "IX_SurveyInvitations_WorkspaceId_SentAt",
                table: "SurveyInvitations");

            migrationBuilder.DropColumn(
                name: "ClaimedUntil",
                table: "SurveyInvitations");

            migrationBuilder.DropColumn(
                name: "SuppressedAt",
                table: "SurveyInvitations");

            migrationBuilder.DropColumn(
                name: "SuppressedReason",
                table: "SurveyInvitations");

            migrationBuilder.DropColumn(
                name: "TriggerId",
                table: "SurveyInvitations");
        }
    }
}

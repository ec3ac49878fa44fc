using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSurveyInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Context_JourneyId",
                table: "SurveyResponses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Context_Phase",
                table: "SurveyResponses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Context_TouchpointId",
                table: "SurveyResponses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "InvitationId",
                table: "SurveyResponses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StakeholderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    BuyingCentreRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IsDecisionMakingUnitMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DedupKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BouncedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BounceReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastReminderAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReminderCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Draft = table.Column<string>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Context_JourneyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Context_Phase = table.Column<int>(type: "INTEGER", nullable: true),
                    Context_TouchpointId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                        name: "FK_SurveyInvitations_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "IX_SurveyInvitations_WorkspaceId_DedupKey",
                table: "SurveyInvitations",
                columns: new[] { "WorkspaceId", "DedupKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_WorkspaceId_StakeholderId_SentAt",
                table: "SurveyInvitations",
                columns: new[] { "WorkspaceId", "StakeholderId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_WorkspaceId_SurveyId_CreatedAt",
                table: "SurveyInvitations",
                columns: new[] { "WorkspaceId", "SurveyId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyInvitations");

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

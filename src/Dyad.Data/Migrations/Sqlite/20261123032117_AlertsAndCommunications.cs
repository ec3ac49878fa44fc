using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AlertsAndCommunications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ContractSignedOn",
                table: "Accounts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AlertRuleSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<double>(type: "REAL", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertRuleSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ReasonKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConditionClearedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Alerts_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CustomerCommunications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    StakeholderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CommitmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsExtra = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsKeyMeeting = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlannedAttendee = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ActualAttendee = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    HandoverRecorded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Amount = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerCommunications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerCommunications_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CustomerCommunications_CustomerCommunications_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "CustomerCommunications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CustomerCommunications_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RelationshipChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Aspect = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TouchpointId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelationshipChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RelationshipChanges_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RelationshipChanges_Touchpoints_TouchpointId",
                        column: x => x.TouchpointId,
                        principalTable: "Touchpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertRuleSettings_WorkspaceId_RuleKey",
                table: "AlertRuleSettings",
                columns: new[] { "WorkspaceId", "RuleKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_AccountId",
                table: "Alerts",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_OpenReason",
                table: "Alerts",
                columns: new[] { "WorkspaceId", "AccountId", "RuleKey", "ReasonKey" },
                unique: true,
                filter: "\"Status\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_WorkspaceId_Status_LastSeenAt",
                table: "Alerts",
                columns: new[] { "WorkspaceId", "Status", "LastSeenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerCommunications_AccountId",
                table: "CustomerCommunications",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerCommunications_CommitmentId",
                table: "CustomerCommunications",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerCommunications_StakeholderId",
                table: "CustomerCommunications",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerCommunications_WorkspaceId_AccountId_OccurredAt",
                table: "CustomerCommunications",
                columns: new[] { "WorkspaceId", "AccountId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RelationshipChanges_AccountId",
                table: "RelationshipChanges",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_RelationshipChanges_TouchpointId",
                table: "RelationshipChanges",
                column: "TouchpointId");

            migrationBuilder.CreateIndex(
                name: "IX_RelationshipChanges_WorkspaceId_AccountId_ChangedAt",
                table: "RelationshipChanges",
                columns: new[] { "WorkspaceId", "AccountId", "ChangedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertRuleSettings");

            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "CustomerCommunications");

            migrationBuilder.DropTable(
                name: "RelationshipChanges");

            migrationBuilder.DropColumn(
                name: "ContractSignedOn",
                table: "Accounts");
        }
    }
}

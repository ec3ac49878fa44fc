using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccountHealth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActionDueDays",
                table: "AlertRuleSettings",
                type: "integer",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<string>(
                name: "ActionType",
                table: "AlertRuleSettings",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Risk");

            migrationBuilder.AddColumn<bool>(
                name: "OpensAction",
                table: "AlertRuleSettings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "HealthSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Weights = table.Column<string>(type: "text", nullable: false),
                    RedBelow = table.Column<int>(type: "integer", nullable: false),
                    GreenFrom = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HealthSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    Rag = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Inputs = table.Column<string>(type: "text", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HealthSnapshots_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HealthSettings_WorkspaceId",
                table: "HealthSettings",
                column: "WorkspaceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HealthSnapshots_AccountId",
                table: "HealthSnapshots",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_HealthSnapshots_WorkspaceId_AccountId_Day",
                table: "HealthSnapshots",
                columns: new[] { "WorkspaceId", "AccountId", "Day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HealthSettings");

            migrationBuilder.DropTable(
                name: "HealthSnapshots");

            migrationBuilder.DropColumn(
                name: "ActionDueDays",
                table: "AlertRuleSettings");

            migrationBuilder.DropColumn(
                name: "ActionType",
                table: "AlertRuleSettings");

            migrationBuilder.DropColumn(
                name: "OpensAction",
                table: "AlertRuleSettings");
        }
    }
}

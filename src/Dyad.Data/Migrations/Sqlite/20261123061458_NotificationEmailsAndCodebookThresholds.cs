using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NotificationEmailsAndCodebookThresholds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EmailClaimedUntil",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailKind",
                table: "Notifications",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailStatus",
                table: "Notifications",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<int>(
                name: "OtherTopicsThreshold",
                table: "Codebooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Thresholds",
                table: "Codebooks",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[{\"topic\":\"customer experience\",\"minimum\":3},{\"topic\":\"customer service\",\"minimum\":2}]'");

            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmailNegativeFeedback = table.Column<bool>(type: "INTEGER", nullable: false),
                    Digest = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DigestPeriod = table.Column<long>(type: "INTEGER", nullable: true),
                    DigestClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NotificationPreferences_AspNetUsers_Id",
                        column: x => x.Id,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_WorkspaceId_EmailStatus",
                table: "Notifications",
                columns: new[] { "WorkspaceId", "EmailStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_NotificationPreferences_WorkspaceId",
                table: "NotificationPreferences",
                column: "WorkspaceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_WorkspaceId_EmailStatus",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EmailClaimedUntil",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EmailKind",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EmailStatus",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "OtherTopicsThreshold",
                table: "Codebooks");

            migrationBuilder.DropColumn(
                name: "Thresholds",
                table: "Codebooks");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QueuedFollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QueuedFollowUps",
                columns: table => new
                {
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueuedFollowUps", x => x.ResponseId);
                    table.ForeignKey(
                        name: "FK_QueuedFollowUps_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QueuedFollowUps_WorkspaceId_QueuedAt",
                table: "QueuedFollowUps",
                columns: new[] { "WorkspaceId", "QueuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QueuedFollowUps");
        }
    }
}

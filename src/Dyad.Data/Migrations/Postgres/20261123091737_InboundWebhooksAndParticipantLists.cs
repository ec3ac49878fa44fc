using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InboundWebhooksAndParticipantLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Attributes",
                table: "SurveyInvitations",
                type: "text",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "FirstName",
                table: "SurveyInvitations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastName",
                table: "SurveyInvitations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ValidFrom",
                table: "SurveyInvitations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InboundEndpoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Mapping = table.Column<string>(type: "text", nullable: false),
                    SignatureHeader = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SigningSecret = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignatureAlgorithm = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TimestampHeader = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ToleranceSeconds = table.Column<int>(type: "integer", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboundEndpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboundDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    EndpointId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OccurrenceId = table.Column<Guid>(type: "uuid", nullable: true),
                    AcceptedKey = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboundDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InboundDeliveries_InboundEndpoints_EndpointId",
                        column: x => x.EndpointId,
                        principalTable: "InboundEndpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InboundDeliveries_AcceptedKey",
                table: "InboundDeliveries",
                column: "AcceptedKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundDeliveries_EndpointId_ReceivedAt",
                table: "InboundDeliveries",
                columns: new[] { "EndpointId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InboundEndpoints_TokenHash",
                table: "InboundEndpoints",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundEndpoints_WorkspaceId",
                table: "InboundEndpoints",
                column: "WorkspaceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboundDeliveries");

            migrationBuilder.DropTable(
                name: "InboundEndpoints");

            migrationBuilder.DropColumn(
                name: "Attributes",
                table: "SurveyInvitations");

            migrationBuilder.DropColumn(
                name: "FirstName",
                table: "SurveyInvitations");

            migrationBuilder.DropColumn(
                name: "LastName",
                table: "SurveyInvitations");

            migrationBuilder.DropColumn(
                name: "ValidFrom",
                table: "SurveyInvitations");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JourneyDesignAndInitiatives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Initiatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Scope = table.Column<string>(type: "TEXT", nullable: false),
                    Stages = table.Column<string>(type: "TEXT", nullable: false),
                    PrioritisedIn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    TargetExperienceIds = table.Column<string>(type: "TEXT", nullable: false),
                    Measurement = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TemplateDesigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Touchpoints = table.Column<string>(type: "TEXT", nullable: false),
                    Target = table.Column<string>(type: "TEXT", nullable: true),
                    TargetEditedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TargetEditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AdoptedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AdoptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateDesigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemplateDesigns_JourneyTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "JourneyTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_WorkspaceId_PrioritisedIn",
                table: "Initiatives",
                columns: new[] { "WorkspaceId", "PrioritisedIn" });

            migrationBuilder.CreateIndex(
                name: "IX_TemplateDesigns_TemplateId",
                table: "TemplateDesigns",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateDesigns_WorkspaceId_TemplateId",
                table: "TemplateDesigns",
                columns: new[] { "WorkspaceId", "TemplateId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Initiatives");

            migrationBuilder.DropTable(
                name: "TemplateDesigns");
        }
    }
}

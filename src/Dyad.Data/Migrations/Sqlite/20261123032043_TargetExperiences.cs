using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TargetExperiences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TargetExperiences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Granularity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetExperiences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TargetExperienceLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetExperienceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    JourneyTemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Phase = table.Column<int>(type: "INTEGER", nullable: true),
                    TouchpointId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LowerIsBetter = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvokeOptions = table.Column<string>(type: "TEXT", nullable: false),
                    AvoidOptions = table.Column<string>(type: "TEXT", nullable: false),
                    Keyword = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetExperienceLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetExperienceLinks_JourneyTemplates_JourneyTemplateId",
                        column: x => x.JourneyTemplateId,
                        principalTable: "JourneyTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TargetExperienceLinks_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TargetExperienceLinks_TargetExperiences_TargetExperienceId",
                        column: x => x.TargetExperienceId,
                        principalTable: "TargetExperiences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TargetExperienceLinks_Touchpoints_TouchpointId",
                        column: x => x.TouchpointId,
                        principalTable: "Touchpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetExperienceVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetExperienceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetExperienceVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetExperienceVersions_TargetExperiences_TargetExperienceId",
                        column: x => x.TargetExperienceId,
                        principalTable: "TargetExperiences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TargetExperienceLinks_JourneyTemplateId",
                table: "TargetExperienceLinks",
                column: "JourneyTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetExperienceLinks_SurveyId",
                table: "TargetExperienceLinks",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetExperienceLinks_TargetExperienceId",
                table: "TargetExperienceLinks",
                column: "TargetExperienceId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetExperienceLinks_TouchpointId",
                table: "TargetExperienceLinks",
                column: "TouchpointId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetExperienceLinks_WorkspaceId_TargetExperienceId",
                table: "TargetExperienceLinks",
                columns: new[] { "WorkspaceId", "TargetExperienceId" });

            migrationBuilder.CreateIndex(
                name: "IX_TargetExperiences_WorkspaceId_Name",
                table: "TargetExperiences",
                columns: new[] { "WorkspaceId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_TargetExperienceVersions_TargetExperienceId_Number",
                table: "TargetExperienceVersions",
                columns: new[] { "TargetExperienceId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TargetExperienceLinks");

            migrationBuilder.DropTable(
                name: "TargetExperienceVersions");

            migrationBuilder.DropTable(
                name: "TargetExperiences");
        }
    }
}

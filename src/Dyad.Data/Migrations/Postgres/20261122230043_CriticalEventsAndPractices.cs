using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CriticalEventsAndPractices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AggregateDimensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AggregateDimensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AggregateDimensions_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CriticalEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    JourneyId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Phase = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LoggedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TouchpointId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WhatHappened = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ProviderAction = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CustomerReaction = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StateBefore = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StateAfter = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BeyondRepair = table.Column<bool>(type: "boolean", nullable: false),
                    ProviderStaff = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriticalEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriticalEvents_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CriticalEvents_JourneyTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "JourneyTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CriticalEvents_Journeys_JourneyId",
                        column: x => x.JourneyId,
                        principalTable: "Journeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CriticalEvents_Touchpoints_TouchpointId",
                        column: x => x.TouchpointId,
                        principalTable: "Touchpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Practices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Polarity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AliasList = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SourceReferenceList = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ActivityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    TypologyNumber = table.Column<int>(type: "integer", nullable: true),
                    IsBuiltIn = table.Column<bool>(type: "boolean", nullable: false),
                    DimensionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Practices_AggregateDimensions_DimensionId",
                        column: x => x.DimensionId,
                        principalTable: "AggregateDimensions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Practices_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    StakeholderId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventParticipants_CriticalEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "CriticalEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventParticipants_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Page = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    File_FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    File_ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    File_Size = table.Column<long>(type: "bigint", nullable: true),
                    File_StorageName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evidence_CriticalEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "CriticalEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventPractices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Organization = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Engagement = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventPractices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventPractices_CriticalEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "CriticalEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventPractices_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FirstOrderCodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FirstOrderCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FirstOrderCodes_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FirstOrderCodes_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceCodings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvidenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CodeId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceCodings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceCodings_Evidence_EvidenceId",
                        column: x => x.EvidenceId,
                        principalTable: "Evidence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvidenceCodings_FirstOrderCodes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "FirstOrderCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AggregateDimensions_WorkspaceId_Name",
                table: "AggregateDimensions",
                columns: new[] { "WorkspaceId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CriticalEvents_AccountId",
                table: "CriticalEvents",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CriticalEvents_JourneyId",
                table: "CriticalEvents",
                column: "JourneyId");

            migrationBuilder.CreateIndex(
                name: "IX_CriticalEvents_TemplateId",
                table: "CriticalEvents",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_CriticalEvents_TouchpointId",
                table: "CriticalEvents",
                column: "TouchpointId");

            migrationBuilder.CreateIndex(
                name: "IX_CriticalEvents_WorkspaceId_AccountId_OccurredOn",
                table: "CriticalEvents",
                columns: new[] { "WorkspaceId", "AccountId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CriticalEvents_WorkspaceId_TemplateId_Phase_Sequence",
                table: "CriticalEvents",
                columns: new[] { "WorkspaceId", "TemplateId", "Phase", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventParticipants_EventId_StakeholderId",
                table: "EventParticipants",
                columns: new[] { "EventId", "StakeholderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventParticipants_StakeholderId",
                table: "EventParticipants",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_EventPractices_EventId",
                table: "EventPractices",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventPractices_PracticeId",
                table: "EventPractices",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_EventPractices_WorkspaceId_EventId",
                table: "EventPractices",
                columns: new[] { "WorkspaceId", "EventId" });

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_EventId",
                table: "Evidence",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceCodings_CodeId",
                table: "EvidenceCodings",
                column: "CodeId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceCodings_EvidenceId_CodeId",
                table: "EvidenceCodings",
                columns: new[] { "EvidenceId", "CodeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FirstOrderCodes_PracticeId",
                table: "FirstOrderCodes",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_FirstOrderCodes_WorkspaceId_Label",
                table: "FirstOrderCodes",
                columns: new[] { "WorkspaceId", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practices_DimensionId",
                table: "Practices",
                column: "DimensionId");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_WorkspaceId_Key",
                table: "Practices",
                columns: new[] { "WorkspaceId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practices_WorkspaceId_Name",
                table: "Practices",
                columns: new[] { "WorkspaceId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventParticipants");

            migrationBuilder.DropTable(
                name: "EventPractices");

            migrationBuilder.DropTable(
                name: "EvidenceCodings");

            migrationBuilder.DropTable(
                name: "Evidence");

            migrationBuilder.DropTable(
                name: "FirstOrderCodes");

            migrationBuilder.DropTable(
                name: "CriticalEvents");

            migrationBuilder.DropTable(
                name: "Practices");

            migrationBuilder.DropTable(
                name: "AggregateDimensions");
        }
    }
}

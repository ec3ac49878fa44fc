using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PortalHealthNotificationsAuditHandbook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ErasedAt",
                table: "Stakeholders",
                type: "INTEGER",
                nullable: true);

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

            migrationBuilder.AddColumn<int>(
                name: "ActionDueDays",
                table: "AlertRuleSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<string>(
                name: "ActionType",
                table: "AlertRuleSettings",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Risk");

            migrationBuilder.AddColumn<bool>(
                name: "OpensAction",
                table: "AlertRuleSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorTokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomerUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StakeholderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    InvitedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InvitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSignInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerUsers_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CustomerUsers_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExpertTopics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ExpertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpertName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpertTopics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Handbooks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Sections = table.Column<string>(type: "TEXT", nullable: false),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Handbooks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HealthSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Weights = table.Column<string>(type: "TEXT", nullable: false),
                    RedBelow = table.Column<int>(type: "INTEGER", nullable: false),
                    GreenFrom = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HealthSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    Rag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Inputs = table.Column<string>(type: "TEXT", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JourneyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PulseSurveyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PulseSentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Milestones_Journeys_JourneyId",
                        column: x => x.JourneyId,
                        principalTable: "Journeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Milestones_Surveys_PulseSurveyId",
                        column: x => x.PulseSurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

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

            migrationBuilder.CreateTable(
                name: "PortalDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JourneyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortalDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PortalDocuments_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PortalDocuments_Journeys_JourneyId",
                        column: x => x.JourneyId,
                        principalTable: "Journeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RetentionPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponseLinkMonths = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SharedTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Assignee = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharedTasks_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CustomerSignInLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerSignInLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerSignInLinks_CustomerUsers_CustomerUserId",
                        column: x => x.CustomerUserId,
                        principalTable: "CustomerUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PortalVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Pages = table.Column<int>(type: "INTEGER", nullable: false),
                    LastPage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortalVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PortalVisits_CustomerUsers_CustomerUserId",
                        column: x => x.CustomerUserId,
                        principalTable: "CustomerUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HandbookVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HandbookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Sections = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandbookVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HandbookVersions_Handbooks_HandbookId",
                        column: x => x.HandbookId,
                        principalTable: "Handbooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentFollows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FollowedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentFollows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentFollows_CustomerUsers_CustomerUserId",
                        column: x => x.CustomerUserId,
                        principalTable: "CustomerUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocumentFollows_PortalDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "PortalDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentVersions_PortalDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "PortalDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PortalQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MilestoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExpertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpertName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RoutedBecause = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CommunicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortalQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PortalQuestions_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PortalQuestions_CustomerCommunications_CommunicationId",
                        column: x => x.CommunicationId,
                        principalTable: "CustomerCommunications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PortalQuestions_CustomerUsers_CustomerUserId",
                        column: x => x.CustomerUserId,
                        principalTable: "CustomerUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PortalQuestions_ExpertTopics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "ExpertTopics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PortalQuestions_Milestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "Milestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PortalQuestions_PortalDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "PortalDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "DocumentNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentNotices_CustomerUsers_CustomerUserId",
                        column: x => x.CustomerUserId,
                        principalTable: "CustomerUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocumentNotices_DocumentVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "DocumentVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_WorkspaceId_EmailStatus",
                table: "Notifications",
                columns: new[] { "WorkspaceId", "EmailStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_WorkspaceId_ActorUserId_At",
                table: "AuditEntries",
                columns: new[] { "WorkspaceId", "ActorUserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_WorkspaceId_At",
                table: "AuditEntries",
                columns: new[] { "WorkspaceId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_WorkspaceId_EntityId",
                table: "AuditEntries",
                columns: new[] { "WorkspaceId", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_WorkspaceId_EntityType_At",
                table: "AuditEntries",
                columns: new[] { "WorkspaceId", "EntityType", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerSignInLinks_CustomerUserId",
                table: "CustomerSignInLinks",
                column: "CustomerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerSignInLinks_Hash",
                table: "CustomerSignInLinks",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustomerUsers_AccountId",
                table: "CustomerUsers",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerUsers_Email",
                table: "CustomerUsers",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerUsers_StakeholderId",
                table: "CustomerUsers",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerUsers_WorkspaceId_Email",
                table: "CustomerUsers",
                columns: new[] { "WorkspaceId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentFollows_CustomerUserId",
                table: "DocumentFollows",
                column: "CustomerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentFollows_DocumentId_CustomerUserId",
                table: "DocumentFollows",
                columns: new[] { "DocumentId", "CustomerUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentNotices_CustomerUserId",
                table: "DocumentNotices",
                column: "CustomerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentNotices_SentAt",
                table: "DocumentNotices",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentNotices_VersionId_CustomerUserId",
                table: "DocumentNotices",
                columns: new[] { "VersionId", "CustomerUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentVersions_DocumentId_Number",
                table: "DocumentVersions",
                columns: new[] { "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExpertTopics_WorkspaceId_Name",
                table: "ExpertTopics",
                columns: new[] { "WorkspaceId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Handbooks_WorkspaceId",
                table: "Handbooks",
                column: "WorkspaceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HandbookVersions_HandbookId_Number",
                table: "HandbookVersions",
                columns: new[] { "HandbookId", "Number" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_JourneyId",
                table: "Milestones",
                column: "JourneyId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_PulseSurveyId",
                table: "Milestones",
                column: "PulseSurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_WorkspaceId_AccountId",
                table: "Milestones",
                columns: new[] { "WorkspaceId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_NotificationPreferences_WorkspaceId",
                table: "NotificationPreferences",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_PortalDocuments_AccountId",
                table: "PortalDocuments",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PortalDocuments_JourneyId",
                table: "PortalDocuments",
                column: "JourneyId");

            migrationBuilder.CreateIndex(
                name: "IX_PortalDocuments_WorkspaceId_AccountId",
                table: "PortalDocuments",
                columns: new[] { "WorkspaceId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_PortalQuestions_AccountId",
                table: "PortalQuestions",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PortalQuestions_CommunicationId",
                table: "PortalQuestions",
                column: "CommunicationId");

            migrationBuilder.CreateIndex(
                name: "IX_PortalQuestions_CustomerUserId",
                table: "PortalQuestions",
                column: "CustomerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PortalQuestions_DocumentId",
                table: "PortalQuestions",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_PortalQuestions_MilestoneId",
                table: "PortalQuestions",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_PortalQuestions_TopicId",
                table: "PortalQuestions",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_PortalQuestions_WorkspaceId_AccountId_AskedAt",
                table: "PortalQuestions",
                columns: new[] { "WorkspaceId", "AccountId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PortalQuestions_WorkspaceId_ExpertId_AnsweredAt",
                table: "PortalQuestions",
                columns: new[] { "WorkspaceId", "ExpertId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PortalVisits_CustomerUserId",
                table: "PortalVisits",
                column: "CustomerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PortalVisits_WorkspaceId_AccountId_StartedAt",
                table: "PortalVisits",
                columns: new[] { "WorkspaceId", "AccountId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionPolicies_WorkspaceId",
                table: "RetentionPolicies",
                column: "WorkspaceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SharedTasks_AccountId",
                table: "SharedTasks",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedTasks_WorkspaceId_AccountId",
                table: "SharedTasks",
                columns: new[] { "WorkspaceId", "AccountId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CustomerSignInLinks");

            migrationBuilder.DropTable(
                name: "DocumentFollows");

            migrationBuilder.DropTable(
                name: "DocumentNotices");

            migrationBuilder.DropTable(
                name: "HandbookVersions");

            migrationBuilder.DropTable(
                name: "HealthSettings");

            migrationBuilder.DropTable(
                name: "HealthSnapshots");

            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropTable(
                name: "PortalQuestions");

            migrationBuilder.DropTable(
                name: "PortalVisits");

            migrationBuilder.DropTable(
                name: "RetentionPolicies");

            migrationBuilder.DropTable(
                name: "SharedTasks");

            migrationBuilder.DropTable(
                name: "DocumentVersions");

            migrationBuilder.DropTable(
                name: "Handbooks");

            migrationBuilder.DropTable(
                name: "ExpertTopics");

            migrationBuilder.DropTable(
                name: "Milestones");

            migrationBuilder.DropTable(
                name: "CustomerUsers");

            migrationBuilder.DropTable(
                name: "PortalDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_WorkspaceId_EmailStatus",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "ErasedAt",
                table: "Stakeholders");

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

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HashedSurveyTokensUserAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Token",
                table: "SurveyInvitations",
                newName: "TokenHash");

            migrationBuilder.RenameIndex(
                name: "IX_SurveyInvitations_Token",
                table: "SurveyInvitations",
                newName: "IX_SurveyInvitations_TokenHash");

            // Links already sent keep working: their clear tokens become the hashes lookups compare with. These tokens
            // were random, not derived, so Dyad sends no further e-mail for them (SurveyInvitation.TokenFrom).
            migrationBuilder.Sql("""UPDATE "SurveyInvitations" SET "TokenHash" = encode(sha256(convert_to("TokenHash", 'UTF8')), 'hex');""");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeactivatedAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastSignInAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A hash cannot be turned back into its token: after going down, links sent before stop opening.
            migrationBuilder.DropColumn(
                name: "DeactivatedAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LastSignInAt",
                table: "AspNetUsers");

            migrationBuilder.RenameColumn(
                name: "TokenHash",
                table: "SurveyInvitations",
                newName: "Token");

            migrationBuilder.RenameIndex(
                name: "IX_SurveyInvitations_TokenHash",
                table: "SurveyInvitations",
                newName: "IX_SurveyInvitations_Token");
        }
    }
}

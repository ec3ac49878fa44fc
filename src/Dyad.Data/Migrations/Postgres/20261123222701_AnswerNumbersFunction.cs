using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dyad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnswerNumbersFunction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // AnswerSql.Numbers: the numbers answered to each key, in the keys' order, parsing the answers once for all of
            // them (a SERVQUAL response has 49), where one json_extract_path_text per key parsed them once per key.
            migrationBuilder.Sql("""
                CREATE FUNCTION answer_numbers(answers text, question_keys text[]) RETURNS integer[]
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT coalesce(array_agg((parsed.document -> keys.key ->> 'number')::integer ORDER BY keys.position), '{}')
                    FROM (SELECT answers::jsonb AS document) AS parsed, unnest(question_keys) WITH ORDINALITY AS keys(key, position)
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION answer_numbers(text, text[]);");
        }
    }
}

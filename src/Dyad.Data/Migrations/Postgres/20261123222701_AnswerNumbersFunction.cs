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
            // them (a SERVQUAL response has 49), where one json_extract_path_text per key parsed them once per key. PL/pgSQL
            // rather than SQL: a SQL function with a query in it runs that query per call, which took longer than the 49 parses.
            migrationBuilder.Sql("""
                CREATE FUNCTION answer_numbers(answers text, question_keys text[]) RETURNS integer[]
                LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
                DECLARE
                    document jsonb := answers::jsonb;
                    numbers integer[] := '{}';
                    question_key text;
                BEGIN
                    FOREACH question_key IN ARRAY question_keys LOOP
                        numbers := numbers || (document -> question_key ->> 'number')::integer;
                    END LOOP;
                    RETURN numbers;
                END
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

using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Dyad.Bench.Common;
using Dyad.Data;
using Dyad.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Dyad.Bench.Import;

/// <summary>
/// The engine's own fastest way to put the response file into the responses table, with no checks beyond resolving the
/// account and the person: the ceiling Dyad's import is measured against. It writes the same columns and the same answer
/// JSON Dyad writes, so the rows are alike.
/// </summary>
internal static class EngineBulkLoad
{
    private static readonly string[] Columns =
    [
        "Id", "WorkspaceId", "SurveyId", "AccountId", "StakeholderId", "Language", "Answers", "IdempotencyKey", "SubmittedAt",
    ];

    public static async Task<Measurement> RunAsync(ImportPlan plan)
    {
        await LoadAsync(plan, plan.WarmUpFile, plan.ReferenceWarmUpSurveyId);
        var watch = Stopwatch.StartNew();
        var rows = await LoadAsync(plan, plan.File, plan.ReferenceSurveyId);
        return Measurement.Of(rows, watch);
    }

    private static Task<long> LoadAsync(ImportPlan plan, string file, Guid surveyId) =>
        plan.Provider == DatabaseProvider.Postgres ? CopyAsync(plan, file, surveyId) : InsertAsync(plan, file, surveyId);

    private static async Task<long> CopyAsync(ImportPlan plan, string file, Guid surveyId)
    {
        await using var connection = new NpgsqlConnection(plan.ConnectionString);
        await connection.OpenAsync();
        var people = await PeopleAsync(connection, plan.WorkspaceId);
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY \"SurveyResponses\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        long rows = 0;
        foreach (var row in Read(file, people))
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
            await copy.WriteAsync(plan.WorkspaceId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(surveyId, NpgsqlDbType.Uuid);
            await WriteNullableAsync(copy, row.AccountId);
            await WriteNullableAsync(copy, row.StakeholderId);
            await copy.WriteAsync(row.Language, NpgsqlDbType.Varchar);
            await copy.WriteAsync(row.Answers, NpgsqlDbType.Text);
            await copy.WriteAsync(row.Key, NpgsqlDbType.Varchar);
            await copy.WriteAsync(row.SubmittedAt, NpgsqlDbType.TimestampTz);
            rows++;
        }
        await copy.CompleteAsync();
        return rows;
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, Guid? value)
    {
        if (value is { } id)
        {
            await copy.WriteAsync(id, NpgsqlDbType.Uuid);
        }
        else
        {
            await copy.WriteNullAsync();
        }
    }

    private static async Task<long> InsertAsync(ImportPlan plan, string file, Guid surveyId)
    {
        await using var connection = new SqliteConnection(plan.ConnectionString);
        await connection.OpenAsync();
        var people = await PeopleAsync(connection, plan.WorkspaceId);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO \"SurveyResponses\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) " +
                             $"VALUES ({string.Join(", ", Columns.Select(c => $"${c}"))})";
        var parameters = Columns.ToDictionary(c => c, c => insert.Parameters.Add(new SqliteParameter { ParameterName = $"${c}" }));
        insert.Prepare();
        long rows = 0;
        foreach (var row in Read(file, people))
        {
            // The way EF Core's SQLite provider writes them: GUIDs as upper-case text, times as ISO text with their offset.
            parameters["Id"].Value = Upper(Guid.NewGuid());
            parameters["WorkspaceId"].Value = Upper(plan.WorkspaceId);
            parameters["SurveyId"].Value = Upper(surveyId);
            parameters["AccountId"].Value = row.AccountId is { } account ? Upper(account) : DBNull.Value;
            parameters["StakeholderId"].Value = row.StakeholderId is { } person ? Upper(person) : DBNull.Value;
            parameters["Language"].Value = row.Language;
            parameters["Answers"].Value = row.Answers;
            parameters["IdempotencyKey"].Value = row.Key;
            parameters["SubmittedAt"].Value = row.SubmittedAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
            await insert.ExecuteNonQueryAsync();
            rows++;
        }
        await transaction.CommitAsync();
        return rows;
    }

    private static string Upper(Guid id) => id.ToString().ToUpperInvariant();

    private sealed record Row(string Key, DateTimeOffset SubmittedAt, Guid? AccountId, Guid? StakeholderId, string Language, string Answers);

    private sealed record People(Dictionary<string, Guid> Accounts, Dictionary<string, (Guid Id, Guid AccountId)> ByEmail);

    private static async Task<People> PeopleAsync(DbConnection connection, Guid workspaceId)
    {
        var workspace = connection is SqliteConnection ? (object)Upper(workspaceId) : workspaceId;
        var accounts = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        await foreach (var (name, id) in QueryAsync(connection, "SELECT \"Name\", \"Id\" FROM \"Accounts\" WHERE \"WorkspaceId\" = @w", workspace))
        {
            accounts[name] = id;
        }
        var emails = new Dictionary<string, (Guid, Guid)>(StringComparer.OrdinalIgnoreCase);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Email\", \"Id\", \"AccountId\" FROM \"Stakeholders\" WHERE \"WorkspaceId\" = @w AND \"Email\" IS NOT NULL";
        AddWorkspace(command, workspace);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            emails[reader.GetString(0)] = (reader.GetGuid(1), reader.GetGuid(2));
        }
        return new People(accounts, emails);
    }

    private static async IAsyncEnumerable<(string, Guid)> QueryAsync(DbConnection connection, string sql, object workspace)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddWorkspace(command, workspace);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return (reader.GetString(0), reader.GetGuid(1));
        }
    }

    private static void AddWorkspace(DbCommand command, object workspace)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@w";
        parameter.Value = workspace;
        command.Parameters.Add(parameter);
    }

    /// <summary>The export's columns (response_id, submitted_at, account, stakeholder_email, language, score, reason) as rows.</summary>
    private static IEnumerable<Row> Read(string file, People people)
    {
        using var reader = new StreamReader(file);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var account = csv.GetField("account");
            var email = csv.GetField("stakeholder_email");
            (Guid Id, Guid AccountId)? person = string.IsNullOrEmpty(email) ? null : people.ByEmail[email];
            var answers = new Dictionary<string, object> { ["score"] = new { number = int.Parse(csv.GetField("score")!, CultureInfo.InvariantCulture) } };
            if (SpreadsheetCells.Unguard(csv.GetField("reason") ?? "") is { Length: > 0 } reason)
            {
                answers["reason"] = new { text = reason };
            }
            yield return new Row(
                SpreadsheetCells.Unguard(csv.GetField("response_id")!),
                DateTimeOffset.Parse(csv.GetField("submitted_at")!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                string.IsNullOrEmpty(account) ? person?.AccountId : people.Accounts[SpreadsheetCells.Unguard(account)],
                person?.Id,
                csv.GetField("language") is { Length: > 0 } language ? language : "en",
                JsonSerializer.Serialize(answers));
        }
    }
}

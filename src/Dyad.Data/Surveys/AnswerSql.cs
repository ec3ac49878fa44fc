using System.Collections.Concurrent;
using System.Data;
using System.Linq.Expressions;
using System.Reflection;
using Dyad.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dyad.Data.Surveys;

/// <summary>
/// One numeric answer read out of a response's JSON answers by the database itself, so a score over many responses moves
/// one integer per response instead of the whole answers document (open text included) and never deserialises it
/// (docs/scaling.md, "What was made faster").
/// </summary>
public static class AnswerSql
{
    /// <summary>
    /// The number answered to <paramref name="questionKey"/>, null when the question was skipped or is not numeric. In a
    /// query it runs in SQL; outside one it reads the dictionary.
    /// </summary>
    public static int? Number(IReadOnlyDictionary<string, Answer> answers, string questionKey) =>
        answers.TryGetValue(questionKey, out var answer) ? answer.Number : null;

    /// <summary>
    /// A query's projection of a response with the numbers answered to <paramref name="questionKeys"/>, in their order, as
    /// its second parameter: each number is read in SQL by <see cref="Number"/>, so only those numbers cross over.
    /// </summary>
    public static Expression<Func<SurveyResponse, TRow>> WithNumbers<TRow>(Expression<Func<SurveyResponse, int?[], TRow>> row,
        IReadOnlyList<string> questionKeys)
    {
        var response = row.Parameters[0];
        var answers = Expression.Property(response, nameof(SurveyResponse.Answers));
        var numbers = Expression.NewArrayInit(typeof(int?), questionKeys.Select(key => Expression.Call(NumberMethod, answers, Expression.Constant(key))));
        return Expression.Lambda<Func<SurveyResponse, TRow>>(ReplacingExpressionVisitor.Replace(row.Parameters[1], numbers, row.Body), response);
    }

    /// <summary>
    /// Numbers read by <see cref="WithNumbers{TRow}"/> as the answers the analyses take, a skipped question left out. One
    /// score becomes a shared read-only instance, since a score takes few values and a large survey has many responses.
    /// </summary>
    public static IReadOnlyDictionary<string, Answer> AsAnswers(IReadOnlyList<string> questionKeys, int?[] numbers)
    {
        if (questionKeys.Count == 1)
        {
            return numbers[0] is { } value
                ? Answered.GetOrAdd((questionKeys[0], value), k => new Dictionary<string, Answer> { [k.Key] = new(Number: k.Number) }.AsReadOnly())
                : Unanswered;
        }
        var answers = new Dictionary<string, Answer>(questionKeys.Count, StringComparer.Ordinal);
        for (var i = 0; i < questionKeys.Count; i++)
        {
            if (numbers[i] is { } value)
            {
                answers[questionKeys[i]] = Numbers.GetOrAdd(value, v => new Answer(Number: v));
            }
        }
        return answers;
    }

    private static readonly MethodInfo NumberMethod = typeof(AnswerSql).GetMethod(nameof(Number))!;

    private static readonly ConcurrentDictionary<(string Key, int Number), IReadOnlyDictionary<string, Answer>> Answered = new();

    private static readonly ConcurrentDictionary<int, Answer> Numbers = new();

    private static readonly IReadOnlyDictionary<string, Answer> Unanswered = new Dictionary<string, Answer>().AsReadOnly();

    /// <summary>
    /// Teaches the model the provider's SQL for <see cref="Number"/>: SQLite's <c>json_extract</c> with the key as a quoted
    /// step of the path, PostgreSQL's <c>json_extract_path_text</c> cast to an integer.
    /// </summary>
    internal static void Register(ModelBuilder builder, DatabaseProvider provider)
    {
        var sqlite = provider == DatabaseProvider.Sqlite;
        var integer = new IntTypeMapping(sqlite ? "INTEGER" : "integer");
        var text = new StringTypeMapping(sqlite ? "TEXT" : "text", DbType.String);
        var function = builder.HasDbFunction(NumberMethod);
        function.HasParameter("answers").HasStoreType(text.StoreType);
        // EF Core wants the value type itself as the expression's type; the column it is read into stays nullable.
        function.HasTranslation(arguments => sqlite
            ? new SqlFunctionExpression("json_extract",
                [arguments[0], Concat(Concat(new SqlConstantExpression("$.\"", text), arguments[1], text), new SqlConstantExpression("\".number", text), text)],
                nullable: true, argumentsPropagateNullability: [true, true], typeof(int), integer)
            : new SqlUnaryExpression(ExpressionType.Convert,
                new SqlFunctionExpression("json_extract_path_text",
                    [new SqlUnaryExpression(ExpressionType.Convert, arguments[0], typeof(string), new StringTypeMapping("json", DbType.String)),
                        arguments[1], new SqlConstantExpression("number", text)],
                    nullable: true, argumentsPropagateNullability: [true, true, false], typeof(string), text),
                typeof(int), integer));
    }

    private static SqlBinaryExpression Concat(SqlExpression left, SqlExpression right, RelationalTypeMapping text) =>
        new(ExpressionType.Add, left, right, typeof(string), text);
}

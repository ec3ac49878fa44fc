using System.Collections.Concurrent;
using System.Data;
using System.Linq.Expressions;
using System.Reflection;
using Dyad.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
    /// query on SQLite it runs in SQL; outside one it reads the dictionary.
    /// </summary>
    public static int? Number(IReadOnlyDictionary<string, Answer> answers, string questionKey) =>
        answers.TryGetValue(questionKey, out var answer) ? answer.Number : null;

    /// <summary>
    /// The numbers answered to each of <paramref name="questionKeys"/>, in their order. In a query on PostgreSQL it runs in
    /// SQL as <see cref="NumbersFunction"/>; outside one it reads the dictionary.
    /// </summary>
    public static int?[] Numbers(IReadOnlyDictionary<string, Answer> answers, string[] questionKeys) =>
        questionKeys.Select(key => Number(answers, key)).ToArray();

    /// <summary>
    /// PostgreSQL's function behind <see cref="Numbers"/>, created by the migration <c>AnswerNumbersFunction</c>: it parses a
    /// response's answers once for all the keys, where one <c>json_extract_path_text</c> per key parsed them once per key.
    /// </summary>
    public const string NumbersFunction = "answer_numbers";

    /// <summary>
    /// A query's projection of a response with the numbers answered to <paramref name="questionKeys"/>, in their order, as
    /// its second parameter: the numbers are read in SQL, so only they cross over; SQLite reads each with
    /// <see cref="Number"/>, PostgreSQL all of them with <see cref="Numbers"/>.
    /// </summary>
    public static Expression<Func<SurveyResponse, TRow>> WithNumbers<TRow>(DatabaseFacade database, Expression<Func<SurveyResponse, int?[], TRow>> row,
        IReadOnlyList<string> questionKeys)
    {
        var response = row.Parameters[0];
        var answers = Expression.Property(response, nameof(SurveyResponse.Answers));
        Expression numbers = database.IsNpgsql()
            ? Expression.Call(NumbersMethod, answers, Expression.Constant(questionKeys.ToArray()))
            : Expression.NewArrayInit(typeof(int?), questionKeys.Select(key => Expression.Call(NumberMethod, answers, Expression.Constant(key))));
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
                answers[questionKeys[i]] = NumberAnswers.GetOrAdd(value, v => new Answer(Number: v));
            }
        }
        return answers;
    }

    private static readonly MethodInfo NumberMethod = typeof(AnswerSql).GetMethod(nameof(Number))!;

    private static readonly MethodInfo NumbersMethod = typeof(AnswerSql).GetMethod(nameof(Numbers))!;

    private static readonly ConcurrentDictionary<(string Key, int Number), IReadOnlyDictionary<string, Answer>> Answered = new();

    private static readonly ConcurrentDictionary<int, Answer> NumberAnswers = new();

    private static readonly IReadOnlyDictionary<string, Answer> Unanswered = new Dictionary<string, Answer>().AsReadOnly();

    /// <summary>
    /// Teaches the model the provider's SQL: on SQLite for <see cref="Number"/>, <c>json_extract</c> with the key as a quoted
    /// step of the path; on PostgreSQL for <see cref="Numbers"/>, the function <see cref="NumbersFunction"/>.
    /// </summary>
    internal static void Register(ModelBuilder builder, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var numbers = builder.HasDbFunction(NumbersMethod).HasName(NumbersFunction).HasStoreType("integer[]");
            numbers.HasParameter("answers").HasStoreType("text");
            numbers.HasParameter("questionKeys").HasStoreType("text[]");
            return;
        }
        var integer = new IntTypeMapping("INTEGER");
        var text = new StringTypeMapping("TEXT", DbType.String);
        var function = builder.HasDbFunction(NumberMethod);
        function.HasParameter("answers").HasStoreType(text.StoreType);
        // EF Core wants the value type itself as the expression's type; the column it is read into stays nullable.
        function.HasTranslation(arguments => new SqlFunctionExpression("json_extract",
            [arguments[0], Concat(Concat(new SqlConstantExpression("$.\"", text), arguments[1], text), new SqlConstantExpression("\".number", text), text)],
            nullable: true, argumentsPropagateNullability: [true, true], typeof(int), integer));
    }

    private static SqlBinaryExpression Concat(SqlExpression left, SqlExpression right, RelationalTypeMapping text) =>
        new(ExpressionType.Add, left, right, typeof(string), text);
}

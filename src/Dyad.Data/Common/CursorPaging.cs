using System.Buffers.Text;
using System.Linq.Expressions;
using System.Text.Json;
using Dyad.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Dyad.Data.Common;

public enum SortOrder
{
    Asc,
    Desc,
}

/// <summary>
/// One page of a list and the opaque cursor of the next, null on the last page. Rows added or removed between requests
/// neither repeat nor skip the rows still to come, which offset paging cannot promise.
/// </summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor) : ICursorPage
{
    public CursorPage<TView> Select<TView>(Func<T, TView> map) => new(Items.Select(map).ToList(), NextCursor);
}

/// <summary>What any page says about the next, whatever it holds.</summary>
public interface ICursorPage
{
    string? NextCursor { get; }
}

/// <summary>A page request: how many, after which cursor, by which sort key (null for the list's default) and in which order.</summary>
public sealed record CursorRequest(int Limit = CursorRequest.DefaultLimit, string? Cursor = null, string? Sort = null, SortOrder? Order = null)
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 200;
}

/// <summary>
/// The sort keys a list offers and keyset paging over them: rows are ordered by the key, rows without a value last, then
/// by id, and a cursor holds the last row's key and id, so the next page is a WHERE rather than an OFFSET. The same code
/// pages a database query and an in-memory list (<c>AsQueryable()</c>).
/// </summary>
public sealed class CursorSort<T>(Expression<Func<T, Guid>> id)
{
    private readonly Dictionary<string, SortKey> _keys = new(StringComparer.Ordinal);
    private string? _default;
    private SortOrder _defaultOrder;

    public CursorSort<T> By<TKey>(string name, Expression<Func<T, TKey>> key, SortOrder? isDefault = null)
    {
        _keys[name] = new SortKey(name, key);
        if (isDefault is { } order)
        {
            (_default, _defaultOrder) = (name, order);
        }
        return this;
    }

    public IReadOnlyCollection<string> Names => _keys.Keys;

    public async Task<CursorPage<T>> PageAsync(IQueryable<T> source, CursorRequest request, CancellationToken cancellationToken = default)
    {
        var query = Apply(source, request, out var limit, out var key, out var order);
        var rows = source.Provider is IAsyncQueryProvider
            ? await query.Take(limit + 1).ToListAsync(cancellationToken)
            : query.Take(limit + 1).ToList();
        return Finish(rows, limit, key, order);
    }

    private IQueryable<T> Apply(IQueryable<T> source, CursorRequest request, out int limit, out SortKey key, out SortOrder order)
    {
        var errors = new FieldErrors();
        limit = request.Limit;
        if (limit is < 1 or > CursorRequest.MaxLimit)
        {
            errors.Add("limit", $"Limit must be between 1 and {CursorRequest.MaxLimit}.");
        }
        var name = request.Sort ?? _default ?? throw new InvalidOperationException("A cursor sort needs a default key.");
        if (!_keys.TryGetValue(name, out key!))
        {
            errors.Add("sort", $"Sort by one of: {string.Join(", ", _keys.Keys)}.");
        }
        order = request.Order ?? (request.Sort is null ? _defaultOrder : SortOrder.Asc);
        errors.ThrowIfAny();
        var position = request.Cursor is null ? null : Cursor.Decode(request.Cursor, key.Name, order);
        var ordered = key.Order(source, id, order);
        return position is null ? ordered : ordered.Where(key.After(id, order, position));
    }

    private CursorPage<T> Finish(List<T> rows, int limit, SortKey key, SortOrder order)
    {
        if (rows.Count <= limit)
        {
            return new CursorPage<T>(rows, null);
        }
        rows.RemoveAt(limit);
        var last = rows[^1];
        return new CursorPage<T>(rows, Cursor.Encode(key.Name, order, key.ValueOf(last), id.Compile()(last)));
    }

    private sealed class SortKey(string name, LambdaExpression key)
    {
        private readonly Delegate _compiled = key.Compile();

        public string Name => name;

        public Type Type => key.ReturnType;

        public object? ValueOf(T row) => _compiled.DynamicInvoke(row);

        public IQueryable<T> Order(IQueryable<T> source, Expression<Func<T, Guid>> id, SortOrder order)
        {
            var row = key.Parameters[0];
            // Rows without a value go last in either order, the same on every database and in memory.
            var missing = Expression.Lambda<Func<T, bool>>(IsNull(key.Body), row);
            var ordered = source.OrderBy(missing);
            ordered = order == SortOrder.Asc
                ? ThenBy(ordered, nameof(Queryable.ThenBy), key)
                : ThenBy(ordered, nameof(Queryable.ThenByDescending), key);
            return order == SortOrder.Asc ? ordered.ThenBy(id) : ordered.ThenByDescending(id);
        }

        /// <summary>The rows after the cursor's: a later key, or the same key and a later id; rows without a key come after all with one.</summary>
        public Expression<Func<T, bool>> After(Expression<Func<T, Guid>> id, SortOrder order, Cursor cursor)
        {
            var row = key.Parameters[0];
            var rowId = new Rebind(id.Parameters[0], row).Visit(id.Body);
            var later = order == SortOrder.Asc ? ExpressionType.GreaterThan : ExpressionType.LessThan;
            var laterId = Compare(rowId, Value(cursor.Id, typeof(Guid)), later);
            Expression body;
            if (cursor.Key is null)
            {
                body = Expression.AndAlso(IsNull(key.Body), laterId);
            }
            else
            {
                var value = Value(cursor.Key.Value.Deserialize(Type), Type);
                var laterKey = Expression.OrElse(
                    Compare(key.Body, value, later),
                    Expression.AndAlso(Expression.Equal(key.Body, value), laterId));
                body = Expression.OrElse(
                    IsNullable(Type) ? Expression.AndAlso(Expression.Not(IsNull(key.Body)), laterKey) : laterKey,
                    IsNull(key.Body));
            }
            return Expression.Lambda<Func<T, bool>>(body, row);
        }

        private static IOrderedQueryable<T> ThenBy(IOrderedQueryable<T> source, string method, LambdaExpression key) =>
            (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType],
                source.Expression, Expression.Quote(key)));

        private static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

        private static Expression IsNull(Expression value) =>
            IsNullable(value.Type) ? Expression.Equal(value, Expression.Constant(null, value.Type)) : Expression.Constant(false);

        /// <summary>Strings and ids have no &lt; operator in C#; EF and LINQ both understand CompareTo against 0.</summary>
        private static Expression Compare(Expression left, Expression right, ExpressionType comparison)
        {
            var type = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
            if (type == typeof(string) || type == typeof(Guid))
            {
                var compareTo = type.GetMethod(nameof(IComparable.CompareTo), [type])!;
                var call = Expression.Call(Nullable.GetUnderlyingType(left.Type) is null ? left : Expression.Property(left, "Value"), compareTo,
                    Nullable.GetUnderlyingType(right.Type) is null ? right : Expression.Property(right, "Value"));
                return Expression.MakeBinary(comparison, call, Expression.Constant(0));
            }
            return Expression.MakeBinary(comparison, left, right);
        }

        /// <summary>A captured value rather than a constant, so the database sees a parameter and reuses its plan.</summary>
        private static Expression Value(object? value, Type type)
        {
            var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
            return Expression.Property(Expression.Constant(holder), "Value");
        }
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

internal sealed class Holder<TValue>(TValue value)
{
    public TValue Value { get; } = value;
}

/// <summary>Where a page ended, as base64url JSON. Clients treat it as opaque; it carries its sort so it cannot be reused with another.</summary>
internal sealed record Cursor(string Sort, SortOrder Order, JsonElement? Key, Guid Id)
{
    public static string Encode(string sort, SortOrder order, object? key, Guid id) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Cursor(sort, order,
            key is null ? null : JsonSerializer.SerializeToElement(key, key.GetType()), id)));

    public static Cursor Decode(string text, string sort, SortOrder order)
    {
        Cursor? cursor;
        try
        {
            cursor = JsonSerializer.Deserialize<Cursor>(Base64Url.DecodeFromChars(text));
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            cursor = null;
        }
        if (cursor?.Sort is null)
        {
            throw Invalid("The cursor is not one this API issued; start again without it.");
        }
        if (cursor.Sort != sort || cursor.Order != order)
        {
            throw Invalid($"The cursor belongs to sort={cursor.Sort}&order={cursor.Order.ToString().ToLowerInvariant()}; keep the sort and order of the page it came from.");
        }
        return cursor;
    }

    private static DomainValidationException Invalid(string message) => DomainValidationException.For("cursor", message);
}

using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Dyad.Data.Common;
using Npgsql;

namespace Dyad.Data.Ingestion;

/// <summary>
/// Inserts new entities set-wise, in the context's current transaction, bypassing the change tracker: PostgreSQL's binary
/// COPY, or multi-row INSERT statements on SQLite. Columns, names and value conversions come from the EF Core model, so
/// the rows are exactly what <c>SaveChanges</c> would write. Nothing here is audited row by row: the import run is the
/// audit record of what it inserted (docs/ingestion.md).
/// </summary>
internal static class BulkWriter
{
    /// <summary>SQLite allows 32,766 parameters per statement; a few hundred rows per statement is where gains level off.</summary>
    private const int SqliteParameters = 30_000;

    private const int SqliteRowsPerStatement = 500;

    public static async Task InsertAsync(DyadDbContext db, IEnumerable<object> entities, CancellationToken cancellationToken)
    {
        // Parents before children (an event before its participants), in the order the entities came.
        foreach (var group in entities.GroupBy(e => e.GetType()))
        {
            var table = Table.Of(db.Model.FindEntityType(group.Key)
                                 ?? throw new InvalidOperationException($"{group.Key.Name} is not part of the model."));
            var rows = group.ToList();
            if (db.Database.IsNpgsql())
            {
                await CopyAsync(db, table, rows, cancellationToken);
            }
            else
            {
                await InsertRowsAsync(db, table, rows, cancellationToken);
            }
        }
    }

    private static async Task CopyAsync(DyadDbContext db, Table table, List<object> rows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table.QuotedName} ({string.Join(", ", table.Columns.Select(c => c.QuotedName))}) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            foreach (var column in table.Columns)
            {
                if (column.ProviderValue(row) is { } value)
                {
                    await copy.WriteAsync(value, column.PostgresType, cancellationToken);
                }
                else
                {
                    await copy.WriteNullAsync(cancellationToken);
                }
            }
        }
        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task InsertRowsAsync(DyadDbContext db, Table table, List<object> rows, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var perStatement = Math.Clamp(SqliteParameters / table.Columns.Count, 1, SqliteRowsPerStatement);
        var columns = string.Join(", ", table.Columns.Select(c => c.QuotedName));
        foreach (var chunk in rows.Chunk(perStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder($"INSERT INTO {table.QuotedName} ({columns}) VALUES ");
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var name = $"@p{r}_{c}";
                    sql.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(table.Columns[c].Parameter(command, name, chunk[r]));
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Table(string QuotedName, IReadOnlyList<Column> Columns)
    {
        public static Table Of(IEntityType type)
        {
            var store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var properties = type.GetProperties().Concat(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties()));
            var columns = properties
                .Select(p => new Column(p, p.GetColumnName(store)!, p.GetRelationalTypeMapping(), ValueOf(type, p)))
                .ToList();
            var name = type.GetSchema() is { } schema ? $"\"{schema}\".\"{store.Name}\"" : $"\"{store.Name}\"";
            return new Table(name, columns);
        }
    }

    /// <summary>
    /// A new row's version is the one SaveChanges would give it, so the first ETag of an imported row looks like any
    /// other's. Every other shadow property would need a tracked entry to carry its value, which a bulk insert has not.
    /// </summary>
    private static Func<object, object?> ValueOf(IEntityType type, IProperty property)
    {
        if (!property.IsShadowProperty())
        {
            var getter = property.GetGetter();
            return getter.GetClrValueUsingContainingEntity;
        }
        if (property.Name == RowVersions.PropertyName)
        {
            return _ => RowVersions.Initial;
        }
        throw new NotSupportedException($"{type.ShortName()}.{property.Name} is a shadow property; bulk inserts read values from the entity.");
    }

    private sealed class Column(IProperty property, string name, RelationalTypeMapping mapping, Func<object, object?> value)
    {
        public string QuotedName { get; } = $"\"{name}\"";

        /// <summary>The column's PostgreSQL type without length or precision, as COPY names it ("character varying", "uuid[]").</summary>
        public string PostgresType { get; } = StoreTypeWithoutFacets(mapping.StoreType);

        public object? ModelValue(object entity) => value(entity);

        public object? ProviderValue(object entity) =>
            ModelValue(entity) is { } value ? mapping.Converter?.ConvertToProvider(value) ?? value : null;

        public DbParameter Parameter(DbCommand command, string parameterName, object entity) =>
            mapping.CreateParameter(command, parameterName, ModelValue(entity), property.IsNullable);

        private static string StoreTypeWithoutFacets(string storeType)
        {
            var open = storeType.IndexOf('(');
            if (open < 0)
            {
                return storeType;
            }
            var close = storeType.IndexOf(')', open);
            return (storeType[..open] + storeType[(close + 1)..]).Trim();
        }
    }
}

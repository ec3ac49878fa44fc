using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Dyad.Data.Common;
using Npgsql;

namespace Dyad.Data.Ingestion;

/// <summary>
/// Inserts new entities set-wise, in the context's current transaction, bypassing the change tracker: PostgreSQL's binary
/// COPY, or one prepared INSERT per row on SQLite. Columns, names and value conversions come from the EF Core model, so
/// the rows are exactly what <c>SaveChanges</c> would write. Nothing here is audited row by row: the import run is the
/// audit record of what it inserted (docs/ingestion.md), and rows that need their own entries go through
/// <see cref="Audit.AuditedBulk.InsertAuditedAsync"/>.
/// </summary>
internal static class BulkWriter
{
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

    /// <summary>
    /// One prepared single-row INSERT executed per row: SQLite runs in-process, so a statement costs no round trip, and
    /// binding a prepared statement is far cheaper than compiling a multi-row statement of thousands of parameters
    /// (measured in bench/: the multi-row form took three times as long as the whole reference load).
    /// </summary>
    private static async Task InsertRowsAsync(DyadDbContext db, Table table, List<object> rows, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {table.QuotedName} ({string.Join(", ", table.Columns.Select(c => c.QuotedName))}) " +
                              $"VALUES ({string.Join(", ", table.Columns.Select((_, c) => $"@p{c}"))})";
        var parameters = table.Columns.Select((column, c) => column.Parameter(command, $"@p{c}")).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var c = 0; c < parameters.Length; c++)
            {
                parameters[c].Value = table.Columns[c].ProviderValue(row) ?? DBNull.Value;
            }
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

        /// <summary>The value as the database stores it, converted the way <see cref="RelationalTypeMapping.CreateParameter"/> does.</summary>
        public object? ProviderValue(object entity) => value(entity) switch
        {
            null => null,
            var model when mapping.Converter is { } converter => converter.ConvertToProvider(model),
            Enum model => Convert.ChangeType(model, Enum.GetUnderlyingType(model.GetType()), CultureInfo.InvariantCulture),
            var model => model,
        };

        /// <summary>A parameter typed by the mapping (its DbType, size and provider settings), for values set row by row.</summary>
        public DbParameter Parameter(DbCommand command, string parameterName) =>
            mapping.CreateParameter(command, parameterName, null, property.IsNullable);

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

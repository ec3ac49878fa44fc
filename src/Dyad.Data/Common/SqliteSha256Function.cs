using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dyad.Data.Common;

/// <summary>
/// Gives SQLite <c>sha256_hex(text)</c>, the lower-case hex SHA-256 of the text's UTF-8 bytes that PostgreSQL writes as
/// <c>encode(sha256(convert_to(x, 'UTF8')), 'hex')</c>, so a migration can hash stored secrets in place on both providers.
/// </summary>
internal sealed class SqliteSha256Function : DbConnectionInterceptor
{
    public const string Name = "sha256_hex";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection) =>
        ((SqliteConnection)connection).CreateFunction(Name, (string? text) =>
            text is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), isDeterministic: true);
}

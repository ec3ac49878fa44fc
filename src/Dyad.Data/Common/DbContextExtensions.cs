using Dyad.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Common;

internal static class DbContextExtensions
{
    /// <summary>Saves, turning a unique-index clash into a conflict a user can act on.</summary>
    public static async Task SaveOrConflictAsync(this DbContext db, string conflictMessage, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw new ConflictException(conflictMessage);
        }
    }

    public static bool IsUniqueViolation(DbUpdateException ex) => IsUniqueViolation(ex.InnerException);

    /// <summary>The provider's own exception, as a write past SaveChanges (a bulk insert) throws it.</summary>
    public static bool IsUniqueViolation(Exception? ex) => ex switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains("UNIQUE"),
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}

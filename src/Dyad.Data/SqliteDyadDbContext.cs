using Dyad.Data.Surveys;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dyad.Data;

/// <summary>The embedded default: one SQLite file in the data folder.</summary>
public sealed class SqliteDyadDbContext(DbContextOptions<SqliteDyadDbContext> options, WorkspaceScope scope)
    : DyadDbContext(options, scope)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        AnswerSql.Register(builder, DatabaseProvider.Sqlite);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no decimal or offset-aware time type; as REAL and ticks they still sort and compare in SQL.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

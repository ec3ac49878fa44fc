using Dyad.Data.Surveys;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data;

/// <summary>The production database.</summary>
public sealed class PostgresDyadDbContext(DbContextOptions<PostgresDyadDbContext> options, WorkspaceScope scope)
    : DyadDbContext(options, scope)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        AnswerSql.Register(builder, DatabaseProvider.Postgres);
    }
}

using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data;

/// <summary>The production database.</summary>
public sealed class PostgresDyadDbContext(DbContextOptions<PostgresDyadDbContext> options, WorkspaceScope scope)
    : DyadDbContext(options, scope);

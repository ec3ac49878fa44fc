// Scaffolds an EF Core migration for each database provider, the job `dotnet ef migrations add` does
// where the dotnet-ef tool is at hand:
//   dotnet run --project tools/Dyad.MigrationScaffolder -- AddSurveys
using Dyad.Data;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]))
{
    Console.Error.WriteLine("usage: Dyad.MigrationScaffolder <MigrationName>");
    return 2;
}

var projectDir = FindDataProject();
var scope = new WorkspaceScope();
var contexts = new (string Folder, DyadDbContext Context, IDesignTimeServices ProviderServices)[]
{
    ("Sqlite",
        new SqliteDyadDbContext(new DbContextOptionsBuilder<SqliteDyadDbContext>().UseSqlite("Data Source=:memory:").Options, scope),
        new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices()),
    ("Postgres",
        new PostgresDyadDbContext(new DbContextOptionsBuilder<PostgresDyadDbContext>().UseNpgsql("Host=localhost").Options, scope),
        new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices()),
};

foreach (var (folder, context, providerServices) in contexts)
{
    var services = new ServiceCollection()
        .AddEntityFrameworkDesignTimeServices()
        .AddDbContextDesignTimeServices(context);
    providerServices.ConfigureDesignTimeServices(services);
    var scaffolder = services.BuildServiceProvider().GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[0], "Dyad.Data", $"Migrations.{folder}", "C#");
    var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Migrations", folder));
    Console.WriteLine($"{folder}: {Path.GetRelativePath(projectDir, files.MigrationFile!)}");
}
return 0;

static string FindDataProject()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "src", "Dyad.Data");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }
    throw new DirectoryNotFoundException("Run this from inside the Dyad repository.");
}

using Dyad.Cli.Tests.Common;

namespace Dyad.Cli.Tests;

public sealed class SqliteCliTests() : CliTests(new SqliteTestDatabase());

using Dyad.Cli.Tests.Common;

namespace Dyad.Cli.Tests;

public sealed class PostgresCliTests() : CliTests(new PostgresTestDatabase());

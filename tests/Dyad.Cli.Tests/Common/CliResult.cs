namespace Dyad.Cli.Tests.Common;

/// <summary>What a user sees after one command: the exit code and both output streams.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

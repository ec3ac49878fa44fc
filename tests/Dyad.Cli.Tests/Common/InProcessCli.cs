using Microsoft.Extensions.Configuration;

namespace Dyad.Cli.Tests.Common;

/// <summary>Runs the <c>dyad</c> command in this process with the given settings, capturing what a terminal would show.</summary>
public static class InProcessCli
{
    public static async Task<CliResult> RunAsync(IConfiguration configuration, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await DyadCli.RunAsync(args, output, error, configuration);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

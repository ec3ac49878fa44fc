using System.Diagnostics;
using System.Text.Json;

namespace Dyad.Bench.Common;

/// <summary>Runs one side of a benchmark in a process of its own and reads the <see cref="Measurement"/> it prints last.</summary>
public static class SideProcess
{
    /// <summary>This benchmark program again, running the side <paramref name="side"/> on the plan in <paramref name="planFile"/>.</summary>
    public static Task<Measurement> RunSelfAsync(string side, string planFile)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable.");
        var self = typeof(SideProcess).Assembly.Location;
        // Run as `dotnet Dyad.Bench.dll`, the host needs the assembly; run as the apphost, it does not.
        string[] prefix = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [self] : [];
        return RunAsync(host, [.. prefix, "side", side, planFile]);
    }

    public static async Task<Measurement> RunAsync(string program, IReadOnlyList<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}):{Environment.NewLine}{await error}{await output}");
        }
        await Console.Error.WriteAsync(await error);
        var last = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
                   ?? throw new InvalidOperationException($"{program} printed no measurement.");
        return JsonSerializer.Deserialize<Measurement>(last, Measurement.Json)
               ?? throw new InvalidOperationException($"{program} printed '{last}', not a measurement.");
    }

    public static void Print(Measurement measurement) => Console.WriteLine(JsonSerializer.Serialize(measurement, Measurement.Json));
}

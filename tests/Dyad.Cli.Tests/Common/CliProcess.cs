using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Dyad.Cli.Tests.Common;

/// <summary>
/// The built <c>dyad</c> command as a process of its own (<c>dotnet Dyad.Cli.dll</c>, so killing it kills the command
/// itself and no wrapper), configured by environment variables as a user's shell would.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _error = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Seen)> _waits = [];

    private CliProcess(Process process)
    {
        _process = process;
    }

    public static CliProcess Start(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(DyadCli).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in settings)
        {
            // Dyad:Database:Provider is Dyad__Database__Provider in the environment.
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var cli = new CliProcess(new Process { StartInfo = start });
        cli._process.OutputDataReceived += (_, line) => cli.Received(line.Data, cli._output);
        cli._process.ErrorDataReceived += (_, line) => cli._error.Enqueue(line.Data ?? "");
        cli._process.Start();
        cli._process.BeginOutputReadLine();
        cli._process.BeginErrorReadLine();
        return cli;
    }

    public string Output => string.Join('\n', _output);

    public string Error => string.Join('\n', _error);

    /// <summary>
    /// Waits for a line of output matching <paramref name="pattern"/> (and <paramref name="accept"/>); fails if the
    /// command ends first, so a test never kills a process that had nothing left to do.
    /// </summary>
    public async Task<Match> WaitForOutputAsync(Regex pattern, Func<Match, bool> accept, TimeSpan limit)
    {
        var seen = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waits)
        {
            _waits.Add((pattern, seen));
            foreach (var line in _output)
            {
                if (pattern.Match(line) is { Success: true } earlier && accept(earlier))
                {
                    seen.TrySetResult(earlier);
                }
            }
        }
        using var timeout = new CancellationTokenSource(limit);
        var exited = _process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(seen.Task, exited);
        if (first == seen.Task)
        {
            return await seen.Task;
        }
        throw new InvalidOperationException(_process.HasExited
            ? $"The command ended (exit code {_process.ExitCode}) before printing a line like /{pattern}/.\n{Output}\n{Error}"
            : $"No line like /{pattern}/ within {limit}.\n{Output}\n{Error}");
    }

    /// <summary>SIGKILL on Linux: no handler, no finally block, no flush runs in the command.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }
        _process.Dispose();
    }

    private void Received(string? line, ConcurrentQueue<string> lines)
    {
        if (line is null)
        {
            return;
        }
        lock (_waits)
        {
            lines.Enqueue(line);
            foreach (var (pattern, seen) in _waits)
            {
                if (pattern.Match(line) is { Success: true } match)
                {
                    seen.TrySetResult(match);
                }
            }
        }
    }
}

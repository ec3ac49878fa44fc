using System.Diagnostics;
using System.Text.Json;

namespace Dyad.Bench.Common;

/// <summary>
/// What one side of a benchmark did: how many rows or items, in how long, and the peak resident memory of the process
/// that did it. Every side runs in a process of its own, so its peak is its own; each prints this as one JSON line.
/// </summary>
public sealed record Measurement(long Items, double Seconds, long PeakKilobytes)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public double PerSecond => Seconds > 0 ? Items / Seconds : 0;

    public static Measurement Of(long items, Stopwatch watch) => new(items, watch.Elapsed.TotalSeconds, PeakResidentKilobytes());

    /// <summary>
    /// The high-water mark of resident memory (Linux's VmHWM) of this process, or of another one (a server a benchmark
    /// started); 0 where the kernel does not say.
    /// </summary>
    public static long PeakResidentKilobytes(int? processId = null)
    {
        var status = $"/proc/{(processId is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "self")}/status";
        if (!File.Exists(status))
        {
            return 0;
        }
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}

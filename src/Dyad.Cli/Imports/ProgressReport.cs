using System.Diagnostics;
using Dyad.Data.Ingestion;

namespace Dyad.Cli.Imports;

/// <summary>
/// An import's progress: a bar redrawn in place on a terminal, or a plain line every few seconds when the output is a
/// file or a pipe (a log then reads well). Reported synchronously, so lines never arrive after the summary.
/// </summary>
internal sealed class ProgressReport(TextWriter output, bool plain) : IProgress<ImportProgress>
{
    private const int BarWidth = 30;
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan BarEvery = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch _since = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.Zero;
    private bool _drawn;

    public void Report(ImportProgress value)
    {
        var now = _since.Elapsed;
        // A plain log gets no line for the end, which the summary says; a bar is drawn full before it.
        var last = value.Fraction == 1 && !value.Validating;
        if (plain ? last || now - _last < PlainEvery : !last && now - _last < BarEvery)
        {
            return;
        }
        _last = now;
        var stage = value.Validating ? "checked" : "read";
        var counts = value.Validating ? "" : $", {value.Counts.Inserted} inserted, {value.Counts.Updated} updated, {value.Counts.Unchanged} unchanged";
        if (plain)
        {
            output.WriteLine($"{value.Records} records {stage}{counts}{(value.Fraction is { } f ? $" ({f:P0})" : "")}");
            output.Flush();
            return;
        }
        var filled = (int)Math.Round((value.Fraction ?? 0) * BarWidth);
        output.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {value.Fraction ?? 0,4:P0} {value.Records} records {stage}{counts}   ");
        output.Flush();
        _drawn = true;
    }

    /// <summary>Ends the bar's line, so what follows starts on a line of its own.</summary>
    public void End()
    {
        if (_drawn)
        {
            output.WriteLine();
            _drawn = false;
        }
    }
}

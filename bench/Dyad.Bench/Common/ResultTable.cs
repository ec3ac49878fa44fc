using System.Globalization;
using System.Text;

namespace Dyad.Bench.Common;

/// <summary>A benchmark's printed result: per row, Dyad's side against the reference measured in the same run.</summary>
public sealed class ResultTable(string title, string unit)
{
    private readonly List<(string Case, Measurement Dyad, string Reference, Measurement Against, string Check)> _rows = [];

    public void Add(string what, Measurement dyad, string reference, Measurement against, string check) =>
        _rows.Add((what, dyad, reference, against, check));

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## {title}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| case | {unit} | Dyad s | Dyad {unit}/s | Dyad peak MB | reference | reference s | reference {unit}/s | reference peak MB | Dyad/reference rate | check |");
        text.AppendLine("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|");
        foreach (var (what, dyad, reference, against, check) in _rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {what} | {dyad.Items:N0} | {dyad.Seconds:0.00} | {dyad.PerSecond:N0} | {dyad.PeakKilobytes / 1024.0:0} | {reference} | " +
                $"{against.Seconds:0.00} | {against.PerSecond:N0} | {against.PeakKilobytes / 1024.0:0} | {Ratio(dyad, against):0.00} | {check} |"));
        }
        return text.ToString();
    }

    private static double Ratio(Measurement dyad, Measurement against) => against.PerSecond > 0 ? dyad.PerSecond / against.PerSecond : 0;
}

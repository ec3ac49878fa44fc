using System.Globalization;
using System.Text;

namespace Dyad.Core.Charts;

/// <summary>A point of a drawn series; a null value is a gap (a period nobody answered in), never a zero.</summary>
public readonly record struct PlotPoint(double X, double? Y);

/// <summary>A point with a band around it, such as an estimate with its margin of error.</summary>
public readonly record struct BandPoint(double X, double? Lower, double? Upper);

/// <summary>SVG path data for lines and bands, written with invariant numbers whatever the server's culture.</summary>
public static class ChartPath
{
    /// <summary>One "M ... L ..." run per stretch of consecutive points with a value; a lone point draws no line.</summary>
    public static string Line(IReadOnlyList<PlotPoint> points)
    {
        var path = new StringBuilder();
        foreach (var run in Runs(points.Select(p => p.Y is not null).ToList()).Where(r => r.Count > 1))
        {
            for (var i = 0; i < run.Count; i++)
            {
                var point = points[run[i]];
                Append(path, i == 0 ? 'M' : 'L', point.X, point.Y!.Value);
            }
        }
        return path.ToString().TrimEnd();
    }

    /// <summary>
    /// A closed shape per stretch of consecutive points with both bounds: along the upper bounds and back along the
    /// lower ones. A stretch of one point becomes a thin vertical bar so its margin still shows.
    /// </summary>
    public static string Band(IReadOnlyList<BandPoint> points, double loneWidth = 4)
    {
        var path = new StringBuilder();
        foreach (var run in Runs(points.Select(p => p.Lower is not null && p.Upper is not null).ToList()))
        {
            if (run.Count == 1)
            {
                var p = points[run[0]];
                Append(path, 'M', p.X - loneWidth / 2, p.Upper!.Value);
                Append(path, 'L', p.X + loneWidth / 2, p.Upper.Value);
                Append(path, 'L', p.X + loneWidth / 2, p.Lower!.Value);
                Append(path, 'L', p.X - loneWidth / 2, p.Lower.Value);
            }
            else
            {
                for (var i = 0; i < run.Count; i++)
                {
                    Append(path, i == 0 ? 'M' : 'L', points[run[i]].X, points[run[i]].Upper!.Value);
                }
                for (var i = run.Count - 1; i >= 0; i--)
                {
                    Append(path, 'L', points[run[i]].X, points[run[i]].Lower!.Value);
                }
            }
            path.Append("Z ");
        }
        return path.ToString().TrimEnd();
    }

    /// <summary>A number as an SVG attribute wants it: invariant, at most two decimals.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static void Append(StringBuilder path, char command, double x, double y) =>
        path.Append(command).Append(' ').Append(Number(x)).Append(' ').Append(Number(y)).Append(' ');

    private static IEnumerable<List<int>> Runs(IReadOnlyList<bool> present)
    {
        var run = new List<int>();
        for (var i = 0; i < present.Count; i++)
        {
            if (present[i])
            {
                run.Add(i);
                continue;
            }
            if (run.Count > 0)
            {
                yield return run;
            }
            run = [];
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }
}

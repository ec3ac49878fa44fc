namespace Dyad.Core.Charts;

/// <summary>
/// Splits a length of the drawing into equal bands, one per category (a bar, a group of bars, a period), with
/// <see cref="Padding"/> of each band left empty between neighbours.
/// </summary>
public sealed record BandScale(int Count, double RangeStart, double RangeEnd, double Padding = 0.2)
{
    private double Slot => Count == 0 ? 0 : (RangeEnd - RangeStart) / Count;

    /// <summary>How wide one band's drawn part is.</summary>
    public double Width => Slot * (1 - Padding);

    /// <summary>Where band <paramref name="index"/>'s drawn part begins.</summary>
    public double Start(int index) => RangeStart + index * Slot + Slot * Padding / 2;

    public double Center(int index) => RangeStart + (index + 0.5) * Slot;

    /// <summary>Band <paramref name="index"/> split into <paramref name="parts"/> sub-bands, e.g. one bar per series of a group.</summary>
    public BandScale Inner(int index, int parts) => new(parts, Start(index), Start(index) + Width, 0.1);
}

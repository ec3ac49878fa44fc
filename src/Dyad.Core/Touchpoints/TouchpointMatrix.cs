namespace Dyad.Core.Touchpoints;

/// <summary>
/// Touchpoints laid out as the B2B CEM framework (003) does: who controls them (rows) by journey phase
/// (columns), each cell split by the line of visibility.
/// </summary>
public sealed class TouchpointMatrix<T>
{
    private readonly Dictionary<(TouchpointController, int), List<T>> _cells;

    private TouchpointMatrix(IReadOnlyList<int> phases, Dictionary<(TouchpointController, int), List<T>> cells)
    {
        Phases = phases;
        _cells = cells;
    }

    public IReadOnlyList<int> Phases { get; }

    public static IReadOnlyList<TouchpointController> Controllers { get; } = Enum.GetValues<TouchpointController>();

    public IReadOnlyList<T> Cell(TouchpointController controller, int phase) =>
        _cells.TryGetValue((controller, phase), out var items) ? items : [];

    public int CountFor(TouchpointController controller) =>
        _cells.Where(c => c.Key.Item1 == controller).Sum(c => c.Value.Count);

    public static TouchpointMatrix<T> Build(
        IReadOnlyList<int> phases,
        IEnumerable<T> touchpoints,
        Func<T, TouchpointController> controller,
        Func<T, int> phase)
    {
        var cells = touchpoints
            .Where(t => phases.Contains(phase(t)))
            .GroupBy(t => (controller(t), phase(t)))
            .ToDictionary(g => g.Key, g => g.ToList());
        return new TouchpointMatrix<T>(phases, cells);
    }
}

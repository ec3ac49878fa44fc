namespace Dyad.Core.Experiences;

/// <summary>A target experience as the matrix places it.</summary>
public sealed record MatrixEntry(Guid Id, string Name, ExperienceCategory Category, Granularity Granularity, double? Realized);

/// <summary>One cell: the experiences of one granularity whose realized attainment has one valence.</summary>
public sealed record MatrixCell(Granularity Granularity, Valence Valence, IReadOnlyList<MatrixEntry> Experiences);

/// <summary>
/// The target experience matrix (after 002): the workspace's experiences by granularity (general, nuanced) against the
/// valence of what customers realized (positive, negative, or not measured yet). Every cell is present, empty or not,
/// so the grid keeps its shape; within a cell the experiences run from the best realized to the worst.
/// </summary>
public static class TargetExperienceMatrix
{
    public static IReadOnlyList<MatrixCell> Place(IEnumerable<MatrixEntry> experiences)
    {
        var list = experiences.ToArray();
        return (
                from granularity in Enum.GetValues<Granularity>()
                from valence in Enum.GetValues<Valence>()
                select new MatrixCell(granularity, valence, list
                    .Where(e => e.Granularity == granularity && Attainment.ValenceOf(e.Realized) == valence)
                    .OrderByDescending(e => e.Realized)
                    .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
                    .ToArray()))
            .ToArray();
    }
}

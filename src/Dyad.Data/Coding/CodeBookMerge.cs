using Dyad.Core.Coding;
using Dyad.Core.Common;
using Dyad.Core.Practices;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Coding;

/// <summary>The three levels of a Gioia data structure, from the top.</summary>
internal enum CodeLevel
{
    Dimension,
    Practice,
    FirstOrder,
}

/// <summary>
/// What a code of the file is in Dyad: an aggregate dimension, a practice or a first-order code, found or new.
/// <see cref="Level"/> is null for the container of practices in no dimension, which is no data of its own.
/// </summary>
internal sealed record PlacedCode(string Name, CodeLevel? Level, Guid Id, Practice? Practice = null, FirstOrderCode? Code = null);

/// <summary>
/// Takes a file's code tree into the workspace's data structure. Each code is found by GUID (a file Dyad
/// wrote), else by name at its level (a practice also by alias), else created under the file's GUID. The
/// level of a code that is not found comes from its place in the tree: in a tree three levels deep (and in
/// every Dyad file) the top holds dimensions, then practices, then first-order codes; in a tree two deep
/// the top holds practices; a codable code without sub-codes at the top is a first-order code not yet
/// grouped, as QDA tools keep them. Groupings the file has are filled in where Dyad has none; groupings Dyad
/// has are kept.
/// </summary>
internal sealed class CodeBookMerge
{
    private const int DyadLevels = 3;

    /// <summary>How much of a code's name an error message repeats.</summary>
    private const int NameInMessages = 80;

    private readonly DyadDbContext _db;
    private readonly Guid _workspaceId;
    private readonly List<AggregateDimension> _dimensions;
    private readonly List<Practice> _practices;
    private readonly List<FirstOrderCode> _codes;
    private readonly HashSet<Guid> _takenElsewhere;
    private readonly Dictionary<Guid, PlacedCode> _placed = [];
    private string _projectName = "";

    private CodeBookMerge(DyadDbContext db, List<AggregateDimension> dimensions, List<Practice> practices, List<FirstOrderCode> codes,
        HashSet<Guid> takenElsewhere)
    {
        _db = db;
        _workspaceId = db.Scope.Required;
        _dimensions = dimensions;
        _practices = practices;
        _codes = codes;
        _takenElsewhere = takenElsewhere;
    }

    public int DimensionsCreated { get; private set; }
    public int PracticesCreated { get; private set; }
    public int CodesCreated { get; private set; }

    /// <summary>Existing practices put into a dimension, and existing codes into a practice, because the file groups them so.</summary>
    public int Grouped { get; private set; }

    /// <summary>Every code of the file by its GUID.</summary>
    public IReadOnlyDictionary<Guid, PlacedCode> Placed => _placed;

    public static async Task<CodeBookMerge> LoadAsync(DyadDbContext db, QdaProject project, CancellationToken cancellationToken)
    {
        var guids = project.Codes.SelectMany(c => c.SelfAndDescendants()).Select(c => c.Guid).ToList();
        // Ids are primary keys across workspaces, so a GUID another workspace uses cannot be taken over. The
        // query tells no more than that the id is in use somewhere.
        var takenElsewhere = (await db.AggregateDimensions.IgnoreQueryFilters().Where(d => guids.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken))
            .Concat(await db.Practices.IgnoreQueryFilters().Where(p => guids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken))
            .Concat(await db.FirstOrderCodes.IgnoreQueryFilters().Where(c => guids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken))
            .ToHashSet();
        return new CodeBookMerge(db,
            await db.AggregateDimensions.OrderBy(d => d.Name).ToListAsync(cancellationToken),
            await db.Practices.OrderBy(p => p.Name).ToListAsync(cancellationToken),
            await db.FirstOrderCodes.OrderBy(c => c.Label).ToListAsync(cancellationToken),
            takenElsewhere);
    }

    /// <exception cref="DomainValidationException">The tree is deeper than Dyad's, or a new code breaks a rule of its kind.</exception>
    public void Merge(QdaProject project)
    {
        _projectName = project.Name;
        var levels = project.Codes.Count == 0 ? 0 : project.Codes.Max(c => c.Levels);
        if (levels > DyadLevels)
        {
            var deepest = project.Codes.First(c => c.Levels == levels);
            throw RefiQdaPackage.Invalid($"The code book nests codes {levels} levels deep under '{deepest.Name}'; Dyad's data structure has three: " +
                                         "aggregate dimensions, second-order practices, first-order codes.");
        }
        var dyadLayout = string.Equals(project.Origin, RefiQdaConventions.Origin, StringComparison.Ordinal)
                         || levels == DyadLevels
                         || project.Codes.Any(IsContainer);
        var top = dyadLayout ? CodeLevel.Dimension : levels == 2 ? CodeLevel.Practice : CodeLevel.FirstOrder;
        foreach (var root in project.Codes)
        {
            if (IsContainer(root))
            {
                var container = _placed[root.Guid] = new PlacedCode(root.Name, null, root.Guid);
                foreach (var practice in root.Children)
                {
                    Visit(practice, CodeLevel.Practice, container);
                }
                continue;
            }
            Visit(root, root.IsCodable && root.Children.Count == 0 ? CodeLevel.FirstOrder : top, null);
        }
    }

    private static bool IsContainer(QdaCode code) =>
        code.Guid == RefiQdaConventions.UngroupedPracticesGuid
        || (!code.IsCodable && string.Equals(code.Name.Trim(), CodingService.UngroupedPractices, StringComparison.OrdinalIgnoreCase));

    private void Visit(QdaCode code, CodeLevel level, PlacedCode? parent)
    {
        var placed = ByGuid(code) ?? ByName(code, level) ?? Create(code, level, parent);
        FillGrouping(placed, parent);
        _placed[code.Guid] = placed;
        if (code.Children.Count == 0)
        {
            return;
        }
        if (placed.Level == CodeLevel.FirstOrder)
        {
            throw RefiQdaPackage.Invalid($"'{code.Name}' is a first-order code, the lowest level of Dyad's data structure, but has codes under it in the file.");
        }
        foreach (var child in code.Children)
        {
            Visit(child, placed.Level!.Value + 1, placed);
        }
    }

    private PlacedCode? ByGuid(QdaCode code)
    {
        if (_dimensions.Find(d => d.Id == code.Guid) is { } dimension)
        {
            return new PlacedCode(dimension.Name, CodeLevel.Dimension, dimension.Id);
        }
        if (_practices.Find(p => p.Id == code.Guid) is { } practice)
        {
            return new PlacedCode(practice.Name, CodeLevel.Practice, practice.Id, practice);
        }
        return _codes.Find(c => c.Id == code.Guid) is { } firstOrder
            ? new PlacedCode(firstOrder.Label, CodeLevel.FirstOrder, firstOrder.Id, Code: firstOrder)
            : null;
    }

    private PlacedCode? ByName(QdaCode code, CodeLevel level)
    {
        switch (level)
        {
            case CodeLevel.Dimension:
                return Named(_dimensions, d => [d.Name], code.Name) is { } dimension
                    ? new PlacedCode(dimension.Name, level, dimension.Id)
                    : null;
            case CodeLevel.Practice:
                // Keys are unique too, so "Co-creating" finds "Co creating" rather than clashing with it.
                var key = Practice.KeyFor(code.Name);
                var practice = Named(_practices, p => p.Aliases.Prepend(p.Name), code.Name)
                               ?? (key.Length > 0 ? _practices.Find(p => p.Key == key) : null);
                return practice is null ? null : new PlacedCode(practice.Name, level, practice.Id, practice);
            default:
                return Named(_codes, c => [c.Label], code.Name) is { } firstOrder
                    ? new PlacedCode(firstOrder.Label, level, firstOrder.Id, Code: firstOrder)
                    : null;
        }
    }

    /// <summary>An exact name first, then one that differs only in case or surrounding spaces.</summary>
    private static T? Named<T>(List<T> candidates, Func<T, IEnumerable<string>> names, string name) where T : class
    {
        var wanted = name.Trim();
        return candidates.Find(c => names(c).Any(n => string.Equals(n, wanted, StringComparison.Ordinal)))
               ?? candidates.Find(c => names(c).Any(n => string.Equals(n.Trim(), wanted, StringComparison.OrdinalIgnoreCase)));
    }

    private PlacedCode Create(QdaCode code, CodeLevel level, PlacedCode? parent)
    {
        Guid? id = _takenElsewhere.Contains(code.Guid) ? null : code.Guid;
        try
        {
            switch (level)
            {
                case CodeLevel.Dimension:
                    var dimension = new AggregateDimension(_workspaceId, code.Name, Shortened(code.Description, AggregateDimension.MaximumDescriptionLength), id);
                    _db.AggregateDimensions.Add(dimension);
                    _dimensions.Add(dimension);
                    DimensionsCreated++;
                    return new PlacedCode(dimension.Name, level, dimension.Id);
                case CodeLevel.Practice:
                    var practice = Practice.Custom(_workspaceId, PracticeDraftFor(code, parent), id);
                    _db.Practices.Add(practice);
                    _practices.Add(practice);
                    PracticesCreated++;
                    return new PlacedCode(practice.Name, level, practice.Id, practice);
                default:
                    var firstOrder = new FirstOrderCode(_workspaceId, code.Name, parent?.Level == CodeLevel.Practice ? parent.Id : null, id);
                    _db.FirstOrderCodes.Add(firstOrder);
                    _codes.Add(firstOrder);
                    CodesCreated++;
                    return new PlacedCode(firstOrder.Label, level, firstOrder.Id, Code: firstOrder);
            }
        }
        catch (DomainValidationException invalid)
        {
            throw RefiQdaPackage.Invalid($"The code '{Shortened(code.Name, NameInMessages)}' cannot be taken over: {invalid.Message}");
        }
    }

    /// <summary>
    /// A Dyad file notes a practice's polarity in its description. Other tools do not: a practice filed under
    /// the built-in destructing dimension is destructing, any other facilitating, to be revised in the catalogue.
    /// </summary>
    private PracticeDraft PracticeDraftFor(QdaCode code, PlacedCode? parent)
    {
        var dimension = parent?.Level == CodeLevel.Dimension ? _dimensions.Find(d => d.Id == parent.Id) : null;
        var (description, polarity) = RefiQdaConventions.ReadPracticeDescription(code.Description);
        return new PracticeDraft(
            code.Name.Trim(),
            Shortened(description ?? $"Taken over from the REFI-QDA project '{_projectName}'.", PracticeDefinition.MaximumDescriptionLength)!,
            polarity ?? (dimension?.Name == AggregateDimension.Destructing ? PracticePolarity.Destructing : PracticePolarity.Facilitating),
            [],
            dimension?.Id);
    }

    private void FillGrouping(PlacedCode placed, PlacedCode? parent)
    {
        if (placed.Practice is { DimensionId: null } practice && parent?.Level == CodeLevel.Dimension)
        {
            practice.MoveToDimension(parent.Id);
            Grouped++;
        }
        else if (placed.Code is { PracticeId: null } code && parent?.Level == CodeLevel.Practice)
        {
            code.GroupInto(parent.Id);
            Grouped++;
        }
    }

    /// <summary>Descriptions from other tools can be longer than Dyad keeps; the start is kept rather than the file refused.</summary>
    private static string? Shortened(string? text, int maximum)
    {
        var trimmed = Blank.ToNull(text);
        return trimmed is null || trimmed.Length <= maximum ? trimmed : trimmed[..(maximum - 1)].TrimEnd() + "…";
    }
}

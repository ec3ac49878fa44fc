using Dyad.Core.Journeys;
using Dyad.Core.JourneyDesign;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.JourneyDesign;

/// <summary>
/// A template with its design, and the touchpoints its journeys recorded, so that what happened at a journey's touchpoint
/// (an event, a response) is found on the designed map. Until someone edits it, the design is drawn from the journeys on
/// each read and not stored, so reading never writes; <see cref="KeepDesign"/> stores it before the first change.
/// </summary>
internal sealed class TemplatePlaces
{
    private readonly IReadOnlyDictionary<Guid, (int Phase, string Name)> _journeyTouchpoints;

    private readonly bool _drawn;

    private TemplatePlaces(JourneyTemplate template, TemplateDesign design, bool drawn, IReadOnlyList<Guid> journeyIds,
        IReadOnlyDictionary<Guid, (int Phase, string Name)> journeyTouchpoints)
    {
        Template = template;
        Design = design;
        _drawn = drawn;
        JourneyIds = journeyIds;
        _journeyTouchpoints = journeyTouchpoints;
    }

    public JourneyTemplate Template { get; }
    public TemplateDesign Design { get; }
    public IReadOnlyList<Guid> JourneyIds { get; }

    /// <summary>Adds a drawn design to the context, so the change about to be saved stores it with its keys.</summary>
    public void KeepDesign(DyadDbContext db)
    {
        if (_drawn)
        {
            db.TemplateDesigns.Add(Design);
        }
    }

    /// <summary>Every touchpoint the template's journeys recorded.</summary>
    public IReadOnlyCollection<Guid> JourneyTouchpointIds => _journeyTouchpoints.Keys.ToList();

    /// <summary>The phase a journey's touchpoint was recorded in.</summary>
    public int PhaseOf(Guid journeyTouchpointId) => _journeyTouchpoints[journeyTouchpointId].Phase;

    /// <summary>The designed touchpoint of the current map a journey's touchpoint stands for, if any.</summary>
    public MapTouchpoint? DesignedFor(Guid? journeyTouchpointId) =>
        journeyTouchpointId is { } id && _journeyTouchpoints.TryGetValue(id, out var touchpoint)
            ? Design.Current(Template).Match(touchpoint.Phase, touchpoint.Name)
            : null;

    /// <summary>The journeys' touchpoints that stand for any of the designed touchpoints, in the current map or the target state.</summary>
    public IReadOnlyList<Guid> JourneyTouchpointsFor(IReadOnlyCollection<Guid> keys)
    {
        var maps = new[] { Design.Current(Template), Design.Target }.OfType<JourneyMap>().ToList();
        return _journeyTouchpoints
            .Where(t => maps.Any(m => m.Match(t.Value.Phase, t.Value.Name) is { } match && keys.Contains(match.Key)))
            .Select(t => t.Key)
            .ToList();
    }

    /// <returns>Null when the template does not exist in the workspace.</returns>
    public static async Task<TemplatePlaces?> LoadAsync(DyadDbContext db, Guid templateId, CancellationToken cancellationToken)
    {
        var template = await db.JourneyTemplates.SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        if (template is null)
        {
            return null;
        }
        var journeyIds = await db.Journeys.Where(j => j.TemplateId == templateId).OrderBy(j => j.StartedAt).Select(j => j.Id).ToListAsync(cancellationToken);
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => journeyIds.Contains(t.JourneyId)).ToListAsync(cancellationToken);
        var stored = await db.TemplateDesigns.SingleOrDefaultAsync(d => d.TemplateId == templateId, cancellationToken);
        // The oldest journey's wording wins when journeys name the same touchpoint.
        var design = stored ?? new TemplateDesign(template, JourneyMap.Draw(template,
            touchpoints.OrderBy(t => journeyIds.IndexOf(t.JourneyId)).ThenBy(t => t.Name, StringComparer.Ordinal)));
        return new TemplatePlaces(template, design, stored is null, journeyIds, touchpoints.ToDictionary(t => t.Id, t => (t.Phase, t.Name)));
    }
}

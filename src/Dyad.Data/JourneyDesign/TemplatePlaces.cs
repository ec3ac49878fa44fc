using Dyad.Core.Journeys;
using Dyad.Core.JourneyDesign;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.JourneyDesign;

/// <summary>
/// A template with its design, and the touchpoints its journeys recorded, so that what happened at a journey's touchpoint
/// (an event, a response) is found on the designed map. The design is drawn from the journeys the first time it is read.
/// </summary>
internal sealed class TemplatePlaces
{
    private readonly IReadOnlyDictionary<Guid, (int Phase, string Name)> _journeyTouchpoints;

    private TemplatePlaces(JourneyTemplate template, TemplateDesign design, IReadOnlyList<Guid> journeyIds,
        IReadOnlyDictionary<Guid, (int Phase, string Name)> journeyTouchpoints)
    {
        Template = template;
        Design = design;
        JourneyIds = journeyIds;
        _journeyTouchpoints = journeyTouchpoints;
    }

    public JourneyTemplate Template { get; }
    public TemplateDesign Design { get; }
    public IReadOnlyList<Guid> JourneyIds { get; }

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
        var design = await db.TemplateDesigns.SingleOrDefaultAsync(d => d.TemplateId == templateId, cancellationToken);
        if (design is null)
        {
            // The oldest journey's wording wins when journeys name the same touchpoint.
            var ordered = touchpoints.OrderBy(t => journeyIds.IndexOf(t.JourneyId)).ThenBy(t => t.Name, StringComparer.Ordinal);
            design = new TemplateDesign(template, JourneyMap.Draw(template, ordered));
            db.TemplateDesigns.Add(design);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (DbContextExtensions.IsUniqueViolation(ex))
            {
                // Another request drew it first; take theirs, so keys stay the same for everyone.
                db.Entry(design).State = EntityState.Detached;
                design = await db.TemplateDesigns.SingleAsync(d => d.TemplateId == templateId, cancellationToken);
            }
        }
        return new TemplatePlaces(template, design, journeyIds, touchpoints.ToDictionary(t => t.Id, t => (t.Phase, t.Name)));
    }
}

using Dyad.Core.Coding;
using Dyad.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Coding;

/// <summary>
/// Takes a file's codings onto the workspace's critical events. A text source is an event when its GUID is
/// the event's id; other sources are reported, never turned into events. On an event, a practice coded
/// anywhere records that the event used the practice (without modes, which a QDA tool does not know); a
/// first-order code goes on the piece of evidence whose selection it is (Dyad's own selections carry the
/// evidence's id) or whose region holds the selection, the latter only while the file's text is still the
/// event's. What is already there is left as it is, so importing a file twice changes nothing.
/// </summary>
internal sealed class CodingMerge(DyadDbContext db, QdaProject project, IReadOnlyDictionary<Guid, string> texts, IReadOnlyDictionary<Guid, PlacedCode> codes)
{
    private readonly List<SkippedSource> _skippedSources = [];
    private readonly List<SkippedCoding> _skippedCodings = [];
    private readonly HashSet<(Guid EvidenceId, Guid CodeId)> _codings = [];
    private readonly HashSet<(Guid EventId, Guid PracticeId)> _uses = [];
    private readonly HashSet<Guid> _codingIdsInUse = [];
    private Dictionary<Guid, CriticalEvent> _events = [];

    public int CodingsApplied { get; private set; }
    public int PracticeUsesAdded { get; private set; }
    public int SourcesMatched { get; private set; }
    public IReadOnlyList<SkippedSource> SkippedSources => _skippedSources;
    public IReadOnlyList<SkippedCoding> SkippedCodings => _skippedCodings;

    public async Task MergeAsync(CancellationToken cancellationToken)
    {
        var sourceIds = project.TextSources.Select(s => s.Guid).ToList();
        var coded = (await CodedEvents.LoadAsync(db, sourceIds, cancellationToken)).ToDictionary(e => e.Id);
        _events = await db.CriticalEvents.AsNoTracking().Where(e => sourceIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        _codings.UnionWith(coded.Values.SelectMany(e => e.Evidence).SelectMany(x => x.Codings.Select(c => (x.Id, c.CodeId))));
        _uses.UnionWith(coded.Values.SelectMany(e => e.Practices.Select(p => (e.Id, p.PracticeId))));
        // A coding keeps the file's GUID unless a coding of any workspace already has it (ids are primary keys).
        var codingIds = project.TextSources.SelectMany(s => s.Codings.Concat(s.Selections.SelectMany(x => x.Codings))).Select(c => c.Guid).ToList();
        _codingIdsInUse.UnionWith(await db.EvidenceCodings.IgnoreQueryFilters().Where(c => codingIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken));

        foreach (var source in project.TextSources)
        {
            if (!coded.TryGetValue(source.Guid, out var criticalEvent))
            {
                _skippedSources.Add(new SkippedSource(source.Guid, source.Name ?? "", "No critical event of this workspace has this GUID."));
                continue;
            }
            SourcesMatched++;
            var layout = EventText.Render(criticalEvent);
            var sameText = texts.TryGetValue(source.Guid, out var text) && text == layout.Text;
            foreach (var selection in source.Selections)
            {
                foreach (var coding in selection.Codings)
                {
                    Apply(source, criticalEvent, layout, sameText, selection, coding);
                }
            }
            foreach (var coding in source.Codings)
            {
                Apply(source, criticalEvent, layout, sameText, null, coding);
            }
        }
        foreach (var other in project.OtherSources)
        {
            _skippedSources.Add(new SkippedSource(other.Guid, other.Name ?? "", $"A {other.Kind}: Dyad takes codings from text sources only."));
        }
    }

    private void Apply(QdaTextSource source, CodedEvent criticalEvent, EventTextLayout layout, bool sameText, QdaSelection? selection, QdaCoding coding)
    {
        var code = codes[coding.CodeGuid];
        switch (code.Level)
        {
            case CodeLevel.Practice:
                if (_uses.Add((criticalEvent.Id, code.Id)))
                {
                    db.EventPractices.Add(new EventPractice(_events[criticalEvent.Id], code.Practice!, null, null));
                    PracticeUsesAdded++;
                }
                return;
            case CodeLevel.FirstOrder:
                var (evidenceId, reason) = EvidenceOf(criticalEvent, layout, sameText, selection);
                if (evidenceId is not { } id)
                {
                    Skip(source, code, reason!);
                }
                else if (_codings.Add((id, code.Id)))
                {
                    var keep = _codingIdsInUse.Add(coding.Guid);
                    db.EvidenceCodings.Add(new EvidenceCoding(db.Scope.Required, id, code.Id, keep ? coding.Guid : null));
                    CodingsApplied++;
                }
                return;
            default:
                Skip(source, code, code.Level is null
                    ? "It is the container of practices in no dimension, not a code."
                    : "An aggregate dimension groups practices; it is not put on text.");
                return;
        }
    }

    private static (Guid? EvidenceId, string? Reason) EvidenceOf(CodedEvent criticalEvent, EventTextLayout layout, bool sameText, QdaSelection? selection)
    {
        if (selection is null)
        {
            return (null, "It codes the whole source; a first-order code belongs on a piece of evidence.");
        }
        if (criticalEvent.Evidence.Any(x => x.Id == selection.Guid))
        {
            return (selection.Guid, null);
        }
        if (!sameText)
        {
            return (null, "The event's text in Dyad is no longer the file's, so the selection cannot be placed on its evidence.");
        }
        return layout.EvidenceAround(selection.Start, selection.End) is { } span
            ? (span.EvidenceId, null)
            : (null, $"The selection from {selection.Start} to {selection.End} is not within one piece of evidence.");
    }

    private void Skip(QdaTextSource source, PlacedCode code, string reason) =>
        _skippedCodings.Add(new SkippedCoding(RefiQdaReferences.NameOf(source), code.Name, reason));
}

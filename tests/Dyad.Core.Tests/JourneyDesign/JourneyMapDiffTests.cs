using Dyad.Core.JourneyDesign;
using Dyad.Core.Touchpoints;

namespace Dyad.Core.Tests.JourneyDesign;

public class JourneyMapDiffTests
{
    private static readonly Guid KickOff = Guid.NewGuid();
    private static readonly Guid Documents = Guid.NewGuid();
    private static readonly Guid FactoryVisit = Guid.NewGuid();

    private static readonly JourneyMap Current = new(
        [new MapPhase(1, "kick-off", "project manager"), new MapPhase(2, "engineering", "lead engineer"), new MapPhase(3, "manufacturing")],
        [
            new MapTouchpoint(KickOff, "Kick-off meeting", 1, Channel.Meeting, TouchpointController.Supplier, Visibility.Frontstage, "Laura Niemi"),
            new MapTouchpoint(Documents, "Document delivery", 2, Channel.Document, TouchpointController.Supplier, Visibility.Frontstage, "Lead engineer"),
            new MapTouchpoint(FactoryVisit, "Factory visit", 3, Channel.Visit, TouchpointController.Supplier, Visibility.Frontstage),
        ]);

    [Fact]
    public void The_same_map_has_no_changes()
    {
        Assert.Empty(JourneyMapDiff.Between(Current, Current));
    }

    [Fact]
    public void Every_kind_of_change_is_listed_once_phases_before_touchpoints()
    {
        var portal = Guid.NewGuid();
        var target = new JourneyMap(
            [new MapPhase(1, "kick-off", "key account manager"), new MapPhase(2, "engineering and approval", "lead engineer"),
                new MapPhase(3, "manufacturing"), new MapPhase(4, "FAT")],
            [
                new MapTouchpoint(KickOff, "Kick-off workshop", 1, Channel.Meeting, TouchpointController.Supplier, Visibility.Frontstage, "Laura Niemi"),
                new MapTouchpoint(Documents, "Document delivery", 3, Channel.Portal, TouchpointController.Partner, Visibility.Backstage, null),
                new MapTouchpoint(portal, "Project status in the portal", 2, Channel.Portal, TouchpointController.Supplier, Visibility.Frontstage, "Project manager"),
            ]);

        var changes = JourneyMapDiff.Between(Current, target);

        Assert.Equal(
        [
            (MapChangeKind.PhaseLeadChanged, "project manager", "key account manager"),
            (MapChangeKind.PhaseRenamed, "engineering", "engineering and approval"),
            (MapChangeKind.PhaseAdded, null, "FAT"),
            (MapChangeKind.TouchpointRenamed, "Kick-off meeting", "Kick-off workshop"),
            (MapChangeKind.TouchpointAdded, null, "Project status in the portal"),
            (MapChangeKind.TouchpointMoved, "2", "3"),
            (MapChangeKind.ChannelChanged, "document", "portal"),
            (MapChangeKind.ControllerChanged, "supplier", "partner"),
            (MapChangeKind.LaneChanged, "frontstage", "backstage"),
            (MapChangeKind.OwnerChanged, "Lead engineer", null),
            (MapChangeKind.TouchpointRemoved, "Factory visit", null),
        ], changes.Select(c => (c.Kind, c.From, c.To)).ToArray());
        Assert.Equal("'Document delivery' moved from phase 2 to phase 3", changes.Single(c => c.Kind == MapChangeKind.TouchpointMoved).Description);
        Assert.Equal(FactoryVisit, changes.Single(c => c.Kind == MapChangeKind.TouchpointRemoved).TouchpointKey);
    }

    [Fact]
    public void A_phase_dropped_from_the_end_is_removed()
    {
        var target = Current with { Phases = Current.Phases.Take(2).ToList(), Touchpoints = Current.Touchpoints.Take(2).ToList() };

        var changes = JourneyMapDiff.Between(Current, target);

        Assert.Equal([MapChangeKind.PhaseRemoved, MapChangeKind.TouchpointRemoved], changes.Select(c => c.Kind));
        Assert.Equal("Phase 3 'manufacturing' removed", changes[0].Description);
    }

    [Fact]
    public void A_touchpoint_in_a_phase_the_map_lacks_is_refused()
    {
        var target = Current with { Touchpoints = [Current.Touchpoints[0] with { Phase = 7 }] };

        var errors = target.Validate().ToDictionary();

        Assert.Contains("Touchpoints[0].Phase", errors.Keys);
    }

    [Fact]
    public void Journey_touchpoints_match_the_design_by_phase_and_name_whatever_the_case()
    {
        Assert.Equal(Documents, Current.Match(2, "  document DELIVERY ")?.Key);
        Assert.Null(Current.Match(3, "Document delivery"));
    }
}

using Dyad.Core.Initiatives;
using Dyad.Core.Journeys;
using Dyad.Core.JourneyDesign;
using Dyad.Core.Touchpoints;
using Dyad.Data.Initiatives;
using Dyad.Data.JourneyDesign;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Demo;

public sealed partial class DemoWorkspace
{
    public const string ResponsiveInitiative = "Answer every customer request within 24 hours";
    public const string ProactiveInitiative = "A secure experience while the service is in use";
    public const string DesignedTouchpoint = "Named contact for breakdowns";

    private const int BaselineDaysAgo = 330;
    private const int BaselineEndDaysAgo = 181;
    private const int AfterDaysAgo = 150;

    /// <summary>
    /// The service journey's map as the demo journeys have it, with a target state drafted after MonITor's slow
    /// communication (001: "communicating slowly"; 004 proposes a 24-hour maximum response time): a named contact for
    /// breakdowns, alerts through the portal, ticket handling moved in front of the customer, the venue taken in hand. And
    /// one initiative of each cycle, measured over the demo responses of the half-years before and after.
    /// </summary>
    private async Task AddImprovementAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var template = await db.JourneyTemplates.SingleAsync(t => t.Name == BuiltInJourneyTemplates.ServiceJourney, cancellationToken);
        // Drawn from the demo journeys as any template's map is until its first edit, and kept with that edit.
        var places = (await TemplatePlaces.LoadAsync(db, template.Id, cancellationToken))!;
        places.KeepDesign(db);
        var design = places.Design;
        design.StartTarget(template, "Sanne Kuipers", now.AddDays(-20));
        var target = design.Target!;
        var revised = target.Touchpoints
            .Select(t => t.Name switch
            {
                "Breakdown alerts" => t with { Channel = Channel.Portal, Owner = "Kenneth Smit" },
                "Support desk ticket handling" => t with { Visibility = Visibility.Frontstage },
                "Venue and catering" => t with { Controller = TouchpointController.Supplier, Owner = "Trainer" },
                _ => t,
            })
            .Append(new MapTouchpoint(Guid.NewGuid(), DesignedTouchpoint, 4, Channel.Phone, TouchpointController.Supplier, Visibility.Frontstage, "Support desk lead"))
            .ToList();
        design.ReviseTarget(template, target with { Touchpoints = revised }, "Sanne Kuipers", now.AddDays(-19));

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var nps = await db.Surveys.SingleAsync(s => s.Name == NpsSurvey, cancellationToken);
        var windows = (From: today.AddDays(-BaselineDaysAgo), To: today.AddDays(-BaselineEndDaysAgo), AfterFrom: today.AddDays(-AfterDaysAgo));

        var responsive = new Initiative(workspaceId, new InitiativeDetails(InitiativeKind.Responsive, ResponsiveInitiative,
            "Customers named late alerts and chasing for replies; 004 proposes a 24-hour maximum response time.",
            new InitiativeScope(template.Id),
            Measurement: new MeasurementPlan(MeasureMetric.Nps, nps.Id, null, windows.From, windows.To, windows.AfterFrom, today)),
            "Sanne Kuipers", now.AddDays(-200));
        Complete(responsive, InitiativeStage.PainPoints, "Sanne Kuipers", -190, "Late alerts and unanswered questions in the NPS comments.");
        Complete(responsive, InitiativeStage.RootCause, "Martin Dekker", -175, "Requests reach whoever happens to read the shared inbox.");
        Complete(responsive, InitiativeStage.Options, "Martin Dekker", -165, "A named contact per account, or a ticket queue with a reply promise.");
        Complete(responsive, InitiativeStage.Prioritisation, "Sanne Kuipers", -160, null);
        Complete(responsive, InitiativeStage.Implementation, "Kenneth Smit", -151, "Named contacts in place for every MonITor account.");
        responsive.SetStage(InitiativeStage.Remeasure, "Sanne Kuipers", today.AddDays(14), null, completed: false, "Sanne Kuipers", now);
        responsive.Prioritise(Quarter.Of(today.AddDays(-160)), [], InitiativeSettings.DefaultPrioritisedPerQuarter);

        var proactive = new Initiative(workspaceId, new InitiativeDetails(InitiativeKind.Proactive, ProactiveInitiative,
            "Customers should feel confident and content while the service runs, never worried about who picks up a breakdown.",
            new InitiativeScope(template.Id, [4]),
            Measurement: new MeasurementPlan(MeasureMetric.NegativeFeedbackShare, null, null, windows.From, windows.To, windows.AfterFrom, today)),
            "Sanne Kuipers", now.AddDays(-60));
        Complete(proactive, InitiativeStage.DefineTargetExperiences, "Sanne Kuipers", -40, "Secure: confident and content; avoid worry.");
        proactive.SetStage(InitiativeStage.AlignTouchpoints, "Kenneth Smit", today.AddDays(30), "The target-state map of the service journey.",
            completed: false, "Sanne Kuipers", now);
        proactive.Prioritise(Quarter.Of(today), [], InitiativeSettings.DefaultPrioritisedPerQuarter);
        db.Initiatives.AddRange(responsive, proactive);
        await db.SaveChangesAsync(cancellationToken);

        void Complete(Initiative initiative, InitiativeStage stage, string owner, int daysFromNow, string? note) =>
            initiative.SetStage(stage, owner, today.AddDays(daysFromNow), note, completed: true, owner, now.AddDays(daysFromNow));
    }
}

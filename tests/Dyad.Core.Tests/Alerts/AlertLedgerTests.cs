using Dyad.Core.Alerts;

namespace Dyad.Core.Tests.Alerts;

public class AlertLedgerTests
{
    private static readonly Guid Workspace = Guid.NewGuid();
    private static readonly Guid Account = Guid.NewGuid();
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);

    private static RuleFinding Question(string reason = "Anna asked 30 hours ago") =>
        new("unanswered_question", new Finding("question:1", reason));

    private static List<Alert> Evaluate(List<Alert> alerts, DateTimeOffset now, params RuleFinding[] findings)
    {
        var live = alerts.Where(a => a.IsOpen || a.Silences).ToList();
        alerts.AddRange(AlertLedger.Reconcile(Workspace, Account, live, findings, now));
        return alerts;
    }

    [Fact]
    public void Firing_again_updates_the_open_alert_instead_of_opening_another()
    {
        var alerts = Evaluate([], Monday, Question());
        Evaluate(alerts, Monday.AddHours(1), Question("Anna asked 31 hours ago"));

        var alert = Assert.Single(alerts);
        Assert.Equal(Monday, alert.FirstSeenAt);
        Assert.Equal(Monday.AddHours(1), alert.LastSeenAt);
        Assert.Equal("Anna asked 31 hours ago", alert.Reason);
    }

    [Fact]
    public void An_alert_whose_condition_is_gone_clears_and_a_return_opens_a_new_one()
    {
        var alerts = Evaluate([], Monday, Question());
        Evaluate(alerts, Monday.AddHours(1));
        Assert.Equal(AlertStatus.Cleared, Assert.Single(alerts).Status);

        Evaluate(alerts, Monday.AddHours(2), Question());
        Assert.Equal([AlertStatus.Cleared, AlertStatus.Open], alerts.Select(a => a.Status));
    }

    [Fact]
    public void A_dismissed_alert_stays_closed_while_its_condition_holds_and_may_return_after_it_cleared()
    {
        var alerts = Evaluate([], Monday, Question());
        alerts[0].Dismiss("Kari", "They asked the partner, not us", Monday.AddHours(1));

        Evaluate(alerts, Monday.AddHours(2), Question());
        Assert.Single(alerts);

        Evaluate(alerts, Monday.AddHours(3));
        Evaluate(alerts, Monday.AddHours(4), Question());
        Assert.Equal([AlertStatus.Dismissed, AlertStatus.Open], alerts.Select(a => a.Status));
    }

    [Fact]
    public void Resolving_needs_a_note_and_an_open_alert()
    {
        var alert = Evaluate([], Monday, Question())[0];

        Assert.Throws<Dyad.Core.Common.DomainValidationException>(() => alert.Resolve("Kari", " ", Monday));
        alert.Resolve("Kari", "Called Anna back", Monday);
        Assert.Throws<Dyad.Core.Common.DomainValidationException>(() => alert.Dismiss("Kari", "Again", Monday));
        Assert.Equal("Called Anna back", alert.Note);
    }

    [Fact]
    public void Divergence_needs_two_groups_and_names_the_extremes()
    {
        Assert.Null(ScoreDivergence.Of([("Production", 80)]));

        var spread = ScoreDivergence.Of([("Production", 80), ("IT", 35), ("Procurement", 60)])!;

        Assert.Equal(("Production", "IT", 45d), (spread.Highest, spread.Lowest, spread.Gap));
    }
}

using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Core.Health;
using Dyad.Core.Surveys;

namespace Dyad.Core.Tests.Health;

public sealed class HealthRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The worked example of docs/account-health.md.</summary>
    private static readonly HealthFacts Example = new(Now,
        Nps: Nps.Of([10, 10, 9, 7, 3]),
        Csat: Csat.Of([5, 4, 2, 4]),
        Experiences: [new ExperienceReading("Effortless monitoring", 56, 70)],
        Events:
        [
            new EventReading("4.1", "Dashboard outage", new DateOnly(2026, 2, 1), ExperienceState.Unsettled, false),
            new EventReading("4.2", "Late delivery", new DateOnly(2026, 3, 1), ExperienceState.Restored, false),
        ],
        Sla: new SlaFacts(Questions: 2, AnsweredLate: 1, Waiting: 0, ActiveActions: 1, OverdueActions: 1, LimitHours: 24),
        OpenRisks: 1,
        LastContact: new Contact(Now.AddDays(-45), "touchpoint occurrence"));

    [Fact]
    public void The_worked_example_scores_73_1_green_with_each_input_and_the_renormalisation_named()
    {
        var result = HealthRules.Score(Scorecard.Default, Example);

        // (20 x 70 + 10 x (75 + 80 + 75 + 50 + 75 + 90)) / 80: CES and SERVQUAL have no data, so 80 of the 100 weight points count.
        Assert.Equal(73.1, result.Score);
        Assert.Equal(Rag.Green, result.Rag);
        Assert.Equal(
        [
            "Overall 73.1: green (red below 40, green from 70).",
            "SLA breaches 50 (weight 10, 12.5 % of the score): 1 question answered after 24 hours, 1 action overdue; 25 points off each breach.",
            "NPS 70 (weight 20, 25 % of the score): NPS +40 from 5 answers in the last 12 months, put on 0-100 as (NPS + 100) / 2.",
            "CSAT 75 (weight 10, 12.5 % of the score): 75 % of 4 CSAT answers satisfied (4-5).",
            "Critical events 75 (weight 10, 12.5 % of the score): The last event, 4.2 \"Late delivery\" on 2026-03-01, left the experience restored; "
            + "1 earlier event left it below stable, 10 points off each.",
            "Open risks 75 (weight 10, 12.5 % of the score): 1 open risk action, 25 points off each.",
            "Target experiences 80 (weight 10, 12.5 % of the score): Realized against intended attainment: Effortless monitoring 56 of 70.",
            "Engagement recency 90 (weight 10, 12.5 % of the score): Last in touch 45 days ago (touchpoint occurrence); within 30 days scores 100, 180 or more 0.",
            "No data for CES, SERVQUAL gap: their weights (10, 10) are left out and the other weights renormalised over 80.",
        ], result.Reasons);
        Assert.Equal(0, result.Inputs.Single(i => i.Input == HealthInput.Ces).Share);
        Assert.Equal(1.0, result.Inputs.Sum(i => i.Share), 9);
    }

    [Fact]
    public void Each_input_is_put_on_0_to_100_by_its_rule()
    {
        double? Read(HealthInput input, HealthFacts facts) => HealthRules.Read(input, facts).Score;
        var servqual = Servqual.Analyze([Servqual1(expectation: 6, perception: 5)]);

        Assert.Equal(0, Read(HealthInput.Nps, new HealthFacts(Now, Nps: Nps.Of([0, 3]))));
        Assert.Equal(100, Read(HealthInput.Nps, new HealthFacts(Now, Nps: Nps.Of([9]))));
        Assert.Equal(50, Read(HealthInput.Csat, new HealthFacts(Now, Csat: Csat.Of([1, 5]))));
        Assert.Equal(50, Read(HealthInput.Ces, new HealthFacts(Now, Ces: Ces.Of([4]))));
        Assert.Equal(100, Read(HealthInput.Ces, new HealthFacts(Now, Ces: Ces.Of([7]))));
        Assert.Equal(100 * (1 - 1.0 / 3), Read(HealthInput.ServqualGap, new HealthFacts(Now, Servqual: servqual))!.Value, 9);
        Assert.Equal(100, Read(HealthInput.TargetExperience, new HealthFacts(Now, Experiences: [new("Secure delivery", 90, 80)])));
        Assert.Equal(0, Read(HealthInput.CriticalEvents,
            new HealthFacts(Now, Events: [new("2.1", "Lost the tender", new DateOnly(2026, 5, 1), ExperienceState.Restored, BeyondRepair: true)])));
        Assert.Equal(0, Read(HealthInput.SlaBreaches, new HealthFacts(Now, Sla: new SlaFacts(5, 0, 5, 0, 0, 24))));
        Assert.Equal(100, Read(HealthInput.OpenRisks, new HealthFacts(Now, OpenRisks: 0)));
        Assert.Equal(50, Read(HealthInput.OpenRisks, new HealthFacts(Now, OpenRisks: 2)));
        Assert.Equal(100, Read(HealthInput.Engagement, new HealthFacts(Now, LastContact: new Contact(Now.AddDays(-30), "survey answer"))));
        Assert.Equal(0, Read(HealthInput.Engagement, new HealthFacts(Now, LastContact: new Contact(Now.AddDays(-200), "survey answer"))));
    }

    [Fact]
    public void Inputs_without_data_are_left_out_rather_than_scored_zero()
    {
        var nothing = new HealthFacts(Now);
        foreach (var input in Enum.GetValues<HealthInput>())
        {
            Assert.Null(HealthRules.Read(input, nothing).Score);
        }
        Assert.Null(HealthRules.Read(HealthInput.SlaBreaches, new HealthFacts(Now, Sla: new SlaFacts(0, 0, 0, 0, 0, 24))).Score);

        var result = HealthRules.Score(Scorecard.Default, nothing);
        Assert.Null(result.Score);
        Assert.Null(result.Rag);
        Assert.Equal(["No weighted input has data for this account yet, so it has no health score."], result.Reasons);
    }

    [Fact]
    public void With_one_input_of_data_the_score_is_that_input_and_a_zero_weight_leaves_an_input_out()
    {
        var onlyRisks = new HealthFacts(Now, OpenRisks: 1, Nps: Nps.Of([0]));
        var card = Scorecard.Default with { Weights = [new(HealthInput.Nps, 0), new(HealthInput.OpenRisks, 5)] };

        var result = HealthRules.Score(card, onlyRisks);

        Assert.Equal(75, result.Score);
        Assert.Equal(1.0, result.Inputs.Single(i => i.Input == HealthInput.OpenRisks).Share);
        Assert.Equal(0, result.Inputs.Single(i => i.Input == HealthInput.Nps).Share);
        Assert.DoesNotContain(result.Reasons, r => r.StartsWith("No data", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(39.9, Rag.Red)]
    [InlineData(40, Rag.Amber)]
    [InlineData(69.9, Rag.Amber)]
    [InlineData(70, Rag.Green)]
    public void Red_ends_below_its_threshold_and_green_starts_at_its_own(double score, Rag expected) =>
        Assert.Equal(expected, Scorecard.Default.RagOf(score));

    [Fact]
    public void Editable_thresholds_move_an_account_between_colours()
    {
        var strict = Scorecard.Default with { RedBelow = 75, GreenFrom = 90 };

        Assert.Equal(Rag.Red, HealthRules.Score(strict, Example).Rag);
    }

    [Fact]
    public void A_scorecard_names_each_bad_field()
    {
        var card = new Scorecard([new(HealthInput.Nps, 0), new(HealthInput.Nps, 120)], RedBelow: 60, GreenFrom: 50);

        var errors = card.Validate().ToDictionary();

        Assert.Equal(["NPS is weighted twice."], errors["weights[1].input"]);
        Assert.Equal(["A weight is between 0 and 100."], errors["weights[1].weight"]);
        Assert.Equal(["Green starts above where red ends (60), so amber has room between them."], errors[nameof(Scorecard.GreenFrom)]);
        Assert.True(Scorecard.Default.Validate().IsEmpty);
        Assert.Throws<DomainValidationException>(() => new HealthSettings(Guid.NewGuid(), card with { Weights = [new(HealthInput.Ces, 0)] }));
    }

    [Fact]
    public void The_trend_compares_with_the_last_score_a_month_back_or_the_first_of_a_younger_history()
    {
        var today = new DateOnly(2026, 6, 1);
        HealthPoint[] history = [new(new DateOnly(2026, 4, 1), 50), new(new DateOnly(2026, 4, 25), 60), new(new DateOnly(2026, 5, 20), 80)];

        Assert.Equal(10, HealthTrend.Change(70, history, today));
        Assert.Equal(-10, HealthTrend.Change(70, history[2..], today));
        Assert.Null(HealthTrend.Change(70, [new(today, 65)], today));
        Assert.Null(HealthTrend.Change(null, history, today));
    }

    private static ServqualResponse Servqual1(int expectation, int perception) =>
        new(Enumerable.Repeat<int?>(expectation, ServqualItems.Count).ToArray(), Enumerable.Repeat<int?>(perception, ServqualItems.Count).ToArray());
}

using System.Globalization;
using Dyad.Core.Events;
using Dyad.Core.Experiences;

namespace Dyad.Core.Health;

/// <summary>One input of the scorecard as scored for an account: its score on 0-100 and why.</summary>
/// <param name="Score">Null when the account has no data for it.</param>
/// <param name="Share">The part of the overall score it carries after renormalisation, 0-1; 0 without data or weight.</param>
public sealed record InputScore(HealthInput Input, int Weight, double? Score, double Share, string Reason);

/// <param name="Score">Overall 0-100, one decimal; null when no weighted input has data.</param>
public sealed record HealthResult(double? Score, Rag? Rag, IReadOnlyList<InputScore> Inputs, IReadOnlyList<string> Reasons);

/// <summary>
/// How each input becomes a score of 0-100 (documented in docs/account-health.md) and how the scorecard combines them:
/// the weighted mean of the inputs that have data, their weights renormalised over those inputs alone.
/// </summary>
public static class HealthRules
{
    /// <summary>Survey answers and critical events older than this no longer speak for the account's health.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(365);

    /// <summary>Questions asked longer ago than this no longer count as breaches once answered.</summary>
    public static readonly TimeSpan SlaWindow = TimeSpan.FromDays(90);

    /// <summary>The SERVQUAL gap (P - E on the 7-point scale) that scores 0; a gap of 0 or above scores 100.</summary>
    public const double ServqualGapFloor = -3;

    /// <summary>Points off for each SLA breach and for each open risk action.</summary>
    public const int PointsPerBreach = 25;

    public const int PointsPerRisk = 25;

    /// <summary>Points off the last event's state for each other event that left the experience below stable.</summary>
    public const int PointsPerOpenEvent = 10;

    /// <summary>Contact within this many days scores 100, none for <see cref="SilentDays"/> scores 0, linear between.</summary>
    public const int FreshDays = 30;

    public const int SilentDays = 180;

    private static readonly CultureInfo Text = CultureInfo.InvariantCulture;

    public static HealthResult Score(Scorecard scorecard, HealthFacts facts)
    {
        var scored = Enum.GetValues<HealthInput>()
            .Select(input => (Input: input, Weight: scorecard.WeightOf(input), Reading: Read(input, facts)))
            .ToList();
        var counted = scored.Where(s => s.Weight > 0 && s.Reading.Score is not null).ToList();
        var total = counted.Sum(s => s.Weight);
        var inputs = scored.Select(s => new InputScore(s.Input, s.Weight, s.Reading.Score,
            s.Weight > 0 && s.Reading.Score is not null ? (double)s.Weight / total : 0, s.Reading.Reason)).ToList();
        if (total == 0)
        {
            return new HealthResult(null, null, inputs, ["No weighted input has data for this account yet, so it has no health score."]);
        }
        var overall = Math.Round(counted.Sum(s => s.Weight * s.Reading.Score!.Value) / total, 1);
        var reasons = inputs.Where(i => i.Share > 0)
            .OrderBy(i => i.Score)
            .Select(i => $"{i.Input.Label()} {Number(i.Score!.Value)} (weight {i.Weight}, {Number(i.Share * 100)} % of the score): {i.Reason}")
            .ToList();
        var missing = inputs.Where(i => i.Weight > 0 && i.Score is null).ToList();
        if (missing.Count > 0)
        {
            reasons.Add($"No data for {string.Join(", ", missing.Select(m => m.Input.Label()))}: "
                        + $"{(missing.Count == 1 ? "its weight" : "their weights")} ({string.Join(", ", missing.Select(m => m.Weight))}) "
                        + $"{(missing.Count == 1 ? "is" : "are")} left out and the other weights renormalised over {total}.");
        }
        var rag = scorecard.RagOf(overall);
        reasons.Insert(0, $"Overall {Number(overall)}: {rag.ToString().ToLowerInvariant()} "
                          + $"(red below {scorecard.RedBelow}, green from {scorecard.GreenFrom}).");
        return new HealthResult(overall, rag, inputs, reasons);
    }

    /// <summary>An input's score on 0-100 with its reason; a null score with the reason there is no data.</summary>
    public static (double? Score, string Reason) Read(HealthInput input, HealthFacts facts) => input switch
    {
        HealthInput.Nps => facts.Nps is { Score: { } nps } n
            ? (Attainment.FromNps(nps), $"NPS {Signed(nps)} from {Count(n.Responses, "answer")} in the last 12 months, put on 0-100 as (NPS + 100) / 2.")
            : (null, "No NPS answers in the last 12 months."),
        HealthInput.Csat => facts.Csat is { Share: { } share } c
            ? (share * 100, $"{Number(share * 100)} % of {Count(c.Responses, "CSAT answer")} satisfied (4-5).")
            : (null, "No CSAT answers in the last 12 months."),
        HealthInput.Ces => facts.Ces is { Mean: { } mean } e
            ? (100 * (mean - 1) / 6, $"CES mean {Number(mean)} on 1-7 from {Count(e.Responses, "answer")}, 1 scoring 0 and 7 scoring 100.")
            : (null, "No CES answers in the last 12 months."),
        HealthInput.ServqualGap => facts.Servqual is { Gap: { } gap } s
            ? (Math.Clamp(100 * (1 - gap / ServqualGapFloor), 0, 100),
                $"SERVQUAL gap {Signed(gap)} (perception minus expectation) from {Count(s.Respondents, "response")}; 0 or above scores 100, {ServqualGapFloor} or below 0.")
            : (null, "No complete SERVQUAL responses in the last 12 months."),
        HealthInput.TargetExperience => Experiences(facts.Experiences ?? []),
        HealthInput.CriticalEvents => Events(facts.Events ?? []),
        HealthInput.SlaBreaches => Sla(facts.Sla),
        HealthInput.OpenRisks => facts.OpenRisks is { } risks
            ? (Math.Max(0, 100 - PointsPerRisk * risks), risks == 0 ? "No open risk actions." : $"{Count(risks, "open risk action")}, {PointsPerRisk} points off each.")
            : (null, "No actions on this account yet."),
        HealthInput.Engagement => Engagement(facts.LastContact, facts.Now),
        _ => (null, "Unknown input."),
    };

    /// <summary>The score an event leaves behind, by the experience state after it (the sources' ordinal scale).</summary>
    public static double StateScore(ExperienceState state, bool beyondRepair) => beyondRepair ? 0 : state switch
    {
        ExperienceState.Surpassed => 100,
        ExperienceState.Restored => 85,
        ExperienceState.Stable => 70,
        ExperienceState.Sceptical => 40,
        ExperienceState.Unsettled => 20,
        _ => 0,
    };

    private static (double?, string) Experiences(IReadOnlyList<ExperienceReading> readings)
    {
        if (readings.Count == 0)
        {
            return (null, "No target experience measured for this account.");
        }
        var parts = readings.Select(r => (r.Name, Score: r.Intended <= 0 ? 100 : Math.Min(100, 100 * r.Realized / r.Intended), r)).ToList();
        return (parts.Average(p => p.Score), "Realized against intended attainment: "
            + string.Join("; ", parts.Select(p => $"{p.Name} {Number(p.r.Realized)} of {p.r.Intended}")) + ".");
    }

    private static (double?, string) Events(IReadOnlyList<EventReading> events)
    {
        if (events.Count == 0)
        {
            return (null, "No critical events in the last 12 months.");
        }
        var ordered = events.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.CaseId, StringComparer.Ordinal).ToList();
        var last = ordered[0];
        var open = ordered.Skip(1).Count(e => e.BeyondRepair || e.StateAfter < ExperienceState.Stable);
        var state = last.BeyondRepair ? "destroyed beyond repair" : last.StateAfter.ToString().ToLowerInvariant();
        var reason = $"The last event, {last.CaseId} \"{last.Title}\" on {last.OccurredOn:yyyy-MM-dd}, left the experience {state}";
        return (Math.Max(0, StateScore(last.StateAfter, last.BeyondRepair) - PointsPerOpenEvent * open),
            open == 0 ? reason + "." : $"{reason}; {Count(open, "earlier event")} left it below stable, {PointsPerOpenEvent} points off each.");
    }

    private static (double?, string) Sla(SlaFacts? sla)
    {
        if (sla is null || sla.Questions + sla.ActiveActions == 0)
        {
            return (null, "No customer questions in the last 90 days and no actions to do.");
        }
        var limit = Number((double)sla.LimitHours);
        if (sla.Breaches == 0)
        {
            return (100, $"Every one of {Count(sla.Questions, "question")} answered within {limit} hours and none of {Count(sla.ActiveActions, "action")} overdue.");
        }
        var parts = new List<string>();
        if (sla.AnsweredLate > 0)
        {
            parts.Add($"{Count(sla.AnsweredLate, "question")} answered after {limit} hours");
        }
        if (sla.Waiting > 0)
        {
            parts.Add($"{Count(sla.Waiting, "question")} waiting beyond {limit} hours");
        }
        if (sla.OverdueActions > 0)
        {
            parts.Add($"{Count(sla.OverdueActions, "action")} overdue");
        }
        return (Math.Max(0, 100 - PointsPerBreach * sla.Breaches), $"{string.Join(", ", parts)}; {PointsPerBreach} points off each breach.");
    }

    private static (double?, string) Engagement(Contact? last, DateTimeOffset now)
    {
        if (last is null)
        {
            return (null, "No touchpoint, survey answer or logged communication yet.");
        }
        var days = Math.Max(0, (now - last.At).TotalDays);
        var score = days <= FreshDays ? 100 : days >= SilentDays ? 0 : 100 * (SilentDays - days) / (SilentDays - FreshDays);
        return (score, $"Last in touch {Math.Floor(days).ToString("0", Text)} days ago ({last.Kind}); within {FreshDays} days scores 100, {SilentDays} or more 0.");
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static string Number(double value) => value.ToString("0.#", Text);

    private static string Signed(double value) => value.ToString("+0.#;-0.#;0", Text);
}

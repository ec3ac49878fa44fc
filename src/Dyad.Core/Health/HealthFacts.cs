using Dyad.Core.Events;
using Dyad.Core.Surveys;

namespace Dyad.Core.Health;

/// <summary>One target experience measured for the account: realized attainment against the level intended (0-100).</summary>
public sealed record ExperienceReading(string Name, double Realized, int Intended);

/// <summary>A critical event of the account within the health window.</summary>
public sealed record EventReading(string CaseId, string Title, DateOnly OccurredOn, ExperienceState StateAfter, bool BeyondRepair);

/// <summary>
/// Breaches of the response times the account is promised: customer questions answered after the limit or still waiting
/// beyond it (004's 24-hour maximum, the workspace's unanswered-question limit), and actions past their due date.
/// </summary>
/// <param name="Questions">Questions asked in the SLA window or still waiting, the ones checked.</param>
/// <param name="ActiveActions">Actions still to do, the ones checked for being overdue.</param>
public sealed record SlaFacts(int Questions, int AnsweredLate, int Waiting, int ActiveActions, int OverdueActions, decimal LimitHours)
{
    public int Breaches => AnsweredLate + Waiting + OverdueActions;
}

/// <summary>The last time the provider and the account were in touch, and how.</summary>
public sealed record Contact(DateTimeOffset At, string Kind);

/// <summary>
/// Everything the scorecard reads about one account at one moment, already cut to the windows of
/// <see cref="HealthRules"/>; a null or empty part is an input without data.
/// </summary>
/// <param name="OpenRisks">Risk actions still to do; null when the account has never had an action, so nothing is tracked.</param>
public sealed record HealthFacts(
    DateTimeOffset Now,
    NpsResult? Nps = null,
    CsatResult? Csat = null,
    CesResult? Ces = null,
    ServqualResult? Servqual = null,
    IReadOnlyList<ExperienceReading>? Experiences = null,
    IReadOnlyList<EventReading>? Events = null,
    SlaFacts? Sla = null,
    int? OpenRisks = null,
    Contact? LastContact = null);

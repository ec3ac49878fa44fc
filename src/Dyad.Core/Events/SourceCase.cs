using Dyad.Core.Common;
using Dyad.Core.Practices;

namespace Dyad.Core.Events;

/// <summary>
/// One of the 18 critical events coded in 001 Table 2, summarized in our own words, with the modes 000
/// Appendix 1 adds for the nine events it illustrates.
/// </summary>
public sealed class SourceCase
{
    /// <summary>The five phases of the service journey the cases are placed in (000 Table 3).</summary>
    public const int PhaseCount = 5;

    public const int MaximumSummaryLength = 600;

    public SourceCase(
        string id,
        FieldworkFirm firm,
        string incident,
        string action,
        string outcome,
        IReadOnlyList<string> firstOrderCodes,
        IReadOnlyList<PracticeInstance> practices,
        ExperienceChange experience,
        int? illustrationIn000 = null,
        bool actedByCompetitor = false)
    {
        var errors = new FieldErrors()
            .Require(nameof(Incident), incident, MaximumSummaryLength, "Incident")
            .Require(nameof(Action), action, MaximumSummaryLength, "Action")
            .Require(nameof(Outcome), outcome, MaximumSummaryLength, "Outcome");
        var parts = id.Split('.');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var phase) || phase is < 1 or > PhaseCount
            || !int.TryParse(parts[1], out var sequence) || sequence < 1)
        {
            errors.Add(nameof(Id), $"A case id is phase.sequence with a phase from 1 to {PhaseCount}, such as '4.4'; '{id}' is not.");
            phase = sequence = 0;
        }
        if (firstOrderCodes.Count == 0)
        {
            errors.Add(nameof(FirstOrderCodes), "A coded case has at least one first-order code.");
        }
        if (practices.Count == 0)
        {
            errors.Add(nameof(Practices), "A coded case has at least one second-order practice.");
        }
        if (illustrationIn000 is null && practices.Any(p => p.Mode is not null))
        {
            errors.Add(nameof(Practices), "Modes come from 000 Appendix 1, so only a case it illustrates has them.");
        }
        errors.ThrowIfAny();

        Id = id;
        Phase = phase;
        Sequence = sequence;
        Firm = firm;
        Incident = incident;
        Action = action;
        Outcome = outcome;
        FirstOrderCodes = firstOrderCodes;
        Practices = practices;
        Experience = experience;
        IllustrationIn000 = illustrationIn000;
        ActedByCompetitor = actedByCompetitor;
    }

    /// <summary>Phase and sequence, as the papers number the cases ("4.4").</summary>
    public string Id { get; }

    public int Phase { get; }
    public int Sequence { get; }

    /// <summary>The firm in whose fieldwork the event was recorded.</summary>
    public FieldworkFirm Firm { get; }

    public string Incident { get; }
    public string Action { get; }
    public string Outcome { get; }

    /// <summary>The free codes of 001 Table 2's first-order row, as printed.</summary>
    public IReadOnlyList<string> FirstOrderCodes { get; }

    /// <summary>The second-order practices, resolved to the catalogue.</summary>
    public IReadOnlyList<PracticeInstance> Practices { get; }

    public ExperienceChange Experience { get; }

    /// <summary>The number of the illustration in 000 Appendix 1 that narrates this event, if any.</summary>
    public int? IllustrationIn000 { get; }

    /// <summary>
    /// The acting provider was not the fieldwork firm but a competitor its customer told about (001 case 4.4).
    /// </summary>
    public bool ActedByCompetitor { get; }
}

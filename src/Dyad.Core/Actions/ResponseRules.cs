using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;

namespace Dyad.Core.Actions;

/// <summary>Why a survey response opens a risk action: which measure, the score and the limit it reached.</summary>
public sealed record ResponseRuleFinding(string Measure, int Score, int Limit)
{
    public string Reason => $"{Measure} {Score}: at or below the workspace's limit of {Limit}.";
}

/// <summary>
/// When a survey response opens a risk action: an NPS answer of a detractor (0-6, DOMAIN.md Measurement), or a CSAT or
/// CES answer at or below the workspace's limit. Each limit can be set within its scale; the rule can be switched off.
/// </summary>
public sealed record ResponseRules(bool Enabled, int NpsAtMost, int CsatAtMost, int CesAtMost)
{
    /// <summary>NPS detractors are 0-6; CSAT 1-2 is dissatisfied on 1-5; CES 1-3 disagrees that it was easy on 1-7.</summary>
    public static readonly ResponseRules Default = new(true, 6, 2, 3);

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        Within(errors, nameof(NpsAtMost), NpsAtMost, RatingScale.Nps);
        Within(errors, nameof(CsatAtMost), CsatAtMost, RatingScale.Csat);
        Within(errors, nameof(CesAtMost), CesAtMost, RatingScale.Ces);
        return errors;
    }

    /// <summary>
    /// The finding for a response, or null when the rule does not fire: NPS on any survey's NPS question (the scale is
    /// fixed), CSAT and CES on surveys asking those built-in <paramref name="instrument"/>s, whose score question is known.
    /// </summary>
    public ResponseRuleFinding? Check(string? instrument, IReadOnlyList<Question> questions, IReadOnlyDictionary<string, Answer> answers)
    {
        if (!Enabled)
        {
            return null;
        }
        var nps = questions.FirstOrDefault(q => q.Type == QuestionType.Nps && answers.GetValueOrDefault(q.Key)?.Number is not null);
        if (nps is not null)
        {
            var score = answers[nps.Key].Number!.Value;
            return score <= NpsAtMost ? new ResponseRuleFinding("NPS", score, NpsAtMost) : null;
        }
        (string Measure, int Limit)? rule = instrument switch
        {
            BuiltInInstruments.CsatKey => ("CSAT", CsatAtMost),
            BuiltInInstruments.CesKey => ("CES", CesAtMost),
            _ => null,
        };
        return rule is { } fired && answers.GetValueOrDefault(BuiltInInstruments.ScoreQuestion)?.Number is { } rating && rating <= fired.Limit
            ? new ResponseRuleFinding(fired.Measure, rating, fired.Limit)
            : null;
    }

    private static void Within(FieldErrors errors, string field, int value, RatingScale scale)
    {
        if (!scale.Contains(value))
        {
            errors.Add(field, $"The {scale.Name} limit is on its scale, {scale.Lowest} to {scale.Highest}.");
        }
    }
}

/// <summary>A workspace's response rules; a workspace without a row uses <see cref="ResponseRules.Default"/>.</summary>
public sealed class ActionRuleSettings : IWorkspaceOwned
{
    private ActionRuleSettings() { }

    public ActionRuleSettings(Guid workspaceId, ResponseRules rules)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        Update(rules);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public bool Enabled { get; private set; }
    public int NpsAtMost { get; private set; }
    public int CsatAtMost { get; private set; }
    public int CesAtMost { get; private set; }

    public ResponseRules Rules => new(Enabled, NpsAtMost, CsatAtMost, CesAtMost);

    public void Update(ResponseRules rules)
    {
        rules.Validate().ThrowIfAny();
        Enabled = rules.Enabled;
        NpsAtMost = rules.NpsAtMost;
        CsatAtMost = rules.CsatAtMost;
        CesAtMost = rules.CesAtMost;
    }
}

using Dyad.Core.Accounts;

namespace Dyad.Core.Surveys;

/// <summary>
/// Who a question is meant for, when not everyone (product brief, Measurement: questions can differ by role,
/// decision-makers vs users). A respondent is in the audience when every part given holds: a member (or not) of
/// the decision-making unit, and one of the buying-centre roles.
/// </summary>
public sealed record QuestionAudience(bool? DecisionMakingUnit = null, IReadOnlyList<BuyingCentreRole>? Roles = null)
{
    public bool Includes(Respondent? respondent) =>
        respondent is not null
        && (DecisionMakingUnit is not { } dmu || respondent.IsDecisionMakingUnitMember == dmu)
        && (Roles is not { Count: > 0 } roles || (respondent.Role is { } role && roles.Contains(role)));
}

/// <summary>
/// What is known of the person answering, from their invitation: their buying-centre role and whether they are in
/// the decision-making unit. An anonymous respondent is none (null) and sees only the questions meant for everyone.
/// </summary>
public sealed record Respondent(BuyingCentreRole? Role, bool IsDecisionMakingUnitMember);

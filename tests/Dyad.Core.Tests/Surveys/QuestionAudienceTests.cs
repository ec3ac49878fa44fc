using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;

namespace Dyad.Core.Tests.Surveys;

public class QuestionAudienceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static readonly Respondent DecisionMaker = new(BuyingCentreRole.DecisionMaker, IsDecisionMakingUnitMember: true);
    private static readonly Respondent User = new(BuyingCentreRole.User, IsDecisionMakingUnitMember: false);

    private static readonly Question[] Questions =
    [
        new("score", QuestionType.Nps, LocalizedText.Of("Recommend us?", "Ons aanbevelen?"), Required: true),
        new("value", QuestionType.Rating, LocalizedText.Of("Value for money?", "Prijs-kwaliteit?"), Required: true, Min: 1, Max: 5,
            Audience: new QuestionAudience(DecisionMakingUnit: true)),
        new("ease", QuestionType.Rating, LocalizedText.Of("Easy to use?", "Makkelijk te gebruiken?"), Required: true, Min: 1, Max: 5,
            Audience: new QuestionAudience(Roles: [BuyingCentreRole.User, BuyingCentreRole.Specifier])),
        new("ease_why", QuestionType.OpenText, LocalizedText.Of("What makes it hard?", "Wat maakt het moeilijk?"), Required: true,
            ShowWhen: new SkipCondition("ease", SkipOperator.AtMost, 2)),
    ];

    private static IReadOnlyDictionary<string, string[]> Errors(Dictionary<string, Answer> answers, Respondent? respondent) =>
        AnswerValidator.Validate(Questions, answers, respondent).ToDictionary();

    [Fact]
    public void A_decision_maker_is_asked_the_dmu_question_and_not_the_users_question()
    {
        var visible = Questionnaire.Visible(Questions, new Dictionary<string, Answer>(), DecisionMaker);

        Assert.Equal(["score", "value"], visible.Order());
    }

    [Fact]
    public void A_user_is_asked_the_users_question_and_its_follow_up_when_the_condition_holds()
    {
        Assert.Equal(["ease", "score"], Questionnaire.Visible(Questions, new Dictionary<string, Answer>(), User).Order());
        Assert.Equal(["ease", "ease_why", "score"],
            Questionnaire.Visible(Questions, new Dictionary<string, Answer> { ["ease"] = new(Number: 2) }, User).Order());
    }

    [Fact]
    public void An_anonymous_respondent_sees_only_the_questions_for_everyone()
    {
        Assert.Equal(["score"], Questionnaire.Visible(Questions, new Dictionary<string, Answer> { ["ease"] = new(Number: 1) }).Order());
    }

    [Fact]
    public void A_follow_up_on_a_question_outside_the_audience_stays_hidden_even_with_a_matching_answer()
    {
        var errors = Errors(new() { ["score"] = new(Number: 8), ["value"] = new(Number: 4), ["ease"] = new(Number: 1) }, DecisionMaker);

        Assert.Equal(["answers.ease"], errors.Keys);
    }

    [Fact]
    public void Required_questions_for_another_audience_are_not_required()
    {
        Assert.Empty(Errors(new() { ["score"] = new(Number: 9), ["value"] = new(Number: 5) }, DecisionMaker));
        Assert.Equal(["answers.ease"], Errors(new() { ["score"] = new(Number: 9) }, User).Keys);
        Assert.Empty(Errors(new() { ["score"] = new(Number: 9) }, null));
    }

    [Fact]
    public void Both_parts_of_an_audience_must_hold()
    {
        var dmuUsers = new QuestionAudience(DecisionMakingUnit: true, Roles: [BuyingCentreRole.User]);

        Assert.True(dmuUsers.Includes(new Respondent(BuyingCentreRole.User, true)));
        Assert.False(dmuUsers.Includes(new Respondent(BuyingCentreRole.User, false)));
        Assert.False(dmuUsers.Includes(DecisionMaker));
        Assert.False(dmuUsers.Includes(new Respondent(null, true)));
    }

    [Fact]
    public void An_empty_audience_or_an_unknown_role_is_refused_with_the_question_named()
    {
        Question[] questions =
        [
            new("a", QuestionType.OpenText, LocalizedText.Of("A?", "A?"), Audience: new QuestionAudience()),
            new("b", QuestionType.OpenText, LocalizedText.Of("B?", "B?"), Audience: new QuestionAudience(Roles: [(BuyingCentreRole)42])),
        ];

        Assert.Equal(["questions[0]", "questions[1]"], Questionnaire.Check(questions, ["en", "nl"]).ToDictionary().Keys.Order());
    }

    [Fact]
    public void An_invitation_answers_as_its_stakeholder_so_a_users_required_question_does_not_bind_a_decision_maker()
    {
        var survey = new Survey(Guid.NewGuid(), new SurveyDetails("Roles", Questions: Questions), Now);
        survey.Update(new SurveyDetails("Roles", Questions: Questions, Status: SurveyStatus.Open));
        var account = new Account(survey.WorkspaceId, new AccountDetails("Aurora Paper", RelationshipType.Relational));
        var stakeholder = new Stakeholder(account,
            new StakeholderDetails("Anna Virtanen", null, null, null, HierarchyLevel.Senior, BuyingCentreRole.DecisionMaker, true));
        var invitation = SurveyInvitation.Issue(survey, stakeholder, new InvitationLinkKey(new byte[InvitationLinkKey.SecretBytes]), Now, language: "nl");

        var response = invitation.Submit(survey, new Dictionary<string, Answer> { ["score"] = new(Number: 9), ["value"] = new(Number: 4) }, "nl", Now);

        Assert.Equal((invitation.Id, stakeholder.AccountId, stakeholder.Id), (response.InvitationId!.Value, response.AccountId!.Value, response.StakeholderId!.Value));
        Assert.Equal(Now, invitation.AnsweredAt);
        Assert.Throws<InvalidOperationException>(() => invitation.Submit(survey, response.Answers, "nl", Now));
    }

    [Fact]
    public void Survey_respond_refuses_an_answer_to_a_question_outside_the_respondents_audience()
    {
        var survey = new Survey(Guid.NewGuid(), new SurveyDetails("Roles", Questions: Questions, AllowAnonymous: true), Now);
        survey.Update(new SurveyDetails("Roles", Questions: Questions, AllowAnonymous: true, Status: SurveyStatus.Open));

        var refusal = Assert.Throws<DomainValidationException>(() => survey.Respond(
            new NewSurveyResponse(new Dictionary<string, Answer> { ["score"] = new(Number: 9), ["value"] = new(Number: 4) }), Now));

        Assert.Equal(["answers.value"], refusal.Errors.Keys);
    }
}

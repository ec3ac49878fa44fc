using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Workspaces;
using Dyad.Data;
using Dyad.Data.Surveys;
using Dyad.Data.Surveys.Distribution;
using Dyad.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Surveys;

/// <summary>
/// Surveys and invitations for respondent tests, made through the data layer as the distribution feature makes
/// them: an open survey in English and Dutch with skip logic and questions for decision-makers and for users.
/// </summary>
public static class RespondentFixture
{
    public static readonly IReadOnlyList<Question> Questions =
    [
        new("score", QuestionType.Nps, LocalizedText.Of("How likely are you to recommend us?", "Hoe waarschijnlijk is het dat u ons aanbeveelt?"),
            Required: true, MinLabel: LocalizedText.Of("Not at all likely", "Zeer onwaarschijnlijk"), MaxLabel: LocalizedText.Of("Extremely likely", "Zeer waarschijnlijk")),
        new("why_low", QuestionType.OpenText, LocalizedText.Of("What should we do better?", "Wat moeten we beter doen?"),
            ShowWhen: new SkipCondition("score", SkipOperator.AtMost, 6)),
        new("comment", QuestionType.OpenText, LocalizedText.Of("Anything else you want to tell us?", "Wilt u ons nog iets vertellen?")),
        new("value", QuestionType.Rating, LocalizedText.Of("How good is the value for money?", "Hoe goed is de prijs-kwaliteitverhouding?"),
            Required: true, Min: 1, Max: 5, Audience: new QuestionAudience(DecisionMakingUnit: true)),
        new("ease", QuestionType.Rating, LocalizedText.Of("How easy is the system to use?", "Hoe gemakkelijk is het systeem te gebruiken?"),
            Required: true, Min: 1, Max: 5, Audience: new QuestionAudience(Roles: [BuyingCentreRole.User])),
    ];

    public sealed record Invited(Guid SurveyId, Guid InvitationId, string Token, Guid AccountId, Guid StakeholderId, Guid JourneyId);

    /// <summary>An open survey of <see cref="Questions"/>; anonymous answers allowed when asked.</summary>
    public static Task<Guid> OpenSurveyAsync(DyadApp app, bool allowAnonymous = false) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var surveys = services.GetRequiredService<SurveyService>();
            var name = $"Respondent survey {Guid.NewGuid():N}";
            var id = await surveys.CreateAsync(new SurveyDetails(name, Questions: Questions, Languages: ["en", "nl"], AllowAnonymous: allowAnonymous));
            await surveys.UpdateAsync(id, new SurveyDetails(name, Questions: Questions, Languages: ["en", "nl"], AllowAnonymous: allowAnonymous,
                Status: SurveyStatus.Open));
            return id;
        });

    /// <summary>An invitation of a new stakeholder of a new account, sent from a journey phase.</summary>
    public static Task<Invited> InviteAsync(DyadApp app, Guid surveyId, BuyingCentreRole role = BuyingCentreRole.User, bool dmu = false,
        string? language = null, TimeSpan? expiresIn = null, DateTimeOffset? issuedAt = null) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var db = services.GetRequiredService<DyadDbContext>();
            var survey = await db.Surveys.SingleAsync(s => s.Id == surveyId);
            var account = new Account(db.Scope.Required, new AccountDetails($"Respondent account {Guid.NewGuid():N}", RelationshipType.Relational));
            var stakeholder = new Stakeholder(account,
                new StakeholderDetails("Sanna Virtanen", "sanna@customer.example", null, null, HierarchyLevel.Middle, role, dmu));
            var journeyId = await db.Journeys.Select(j => j.Id).FirstAsync();
            var issued = issuedAt ?? DateTimeOffset.UtcNow;
            var linkKey = services.GetRequiredService<SurveyLinks>().Key;
            var invitation = SurveyInvitation.Issue(survey, stakeholder, linkKey, issued, language: language,
                expiresAt: expiresIn is { } span ? issued + span : null, context: new SurveyContext(journeyId, 2));
            db.Accounts.Add(account);
            db.Stakeholders.Add(stakeholder);
            db.SurveyInvitations.Add(invitation);
            await db.SaveChangesAsync();
            return new Invited(surveyId, invitation.Id, invitation.TokenFrom(linkKey)!, account.Id, stakeholder.Id, journeyId);
        });

    public static Task<SurveyInvitation> InvitationAsync(DyadApp app, Guid invitationId) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<DyadDbContext>().SurveyInvitations.AsNoTracking().SingleAsync(i => i.Id == invitationId));

    public static Task<List<SurveyResponse>> ResponsesAsync(DyadApp app, Guid surveyId) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, services =>
            services.GetRequiredService<DyadDbContext>().SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId).ToListAsync());

    public static Task CloseAsync(DyadApp app, Guid surveyId) =>
        app.InWorkspaceAsync(Workspace.DemoSlug, async services =>
        {
            var surveys = services.GetRequiredService<SurveyService>();
            var survey = (await surveys.GetAsync(surveyId))!;
            return await surveys.UpdateAsync(surveyId, new SurveyDetails(survey.Name, Questions: survey.Questions, Languages: survey.Languages,
                AllowAnonymous: survey.AllowAnonymous, Status: SurveyStatus.Closed));
        });
}

using System.Net;
using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Surveys;
using Dyad.Data.Users;
using Dyad.Web.Surveys;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Actions;

/// <summary>
/// A workspace of its own for one test: a CX manager, an account manager who owns an account with one stakeholder,
/// and a contributor who submits survey answers through the API.
/// </summary>
public sealed record ActionsTestScene(string Slug, HttpClient Manager, UserView Owner, HttpClient OwnerClient, HttpClient Contributor,
    AccountView Account, StakeholderView Stakeholder)
{
    public static async Task<ActionsTestScene> CreateAsync(DyadApp app)
    {
        var slug = $"actions-{Guid.NewGuid():N}"[..24];
        var manager = await app.ApiClientAsync(DyadRole.CxManager, slug);
        var owner = await app.CreateUserAsync(DyadRole.AccountManager, slug);
        var ownerClient = await app.ApiClientAsync(owner, slug);
        var contributor = await app.ApiClientAsync(DyadRole.Contributor, slug);
        var account = await (await manager.PostJsonAsync("/api/v1/accounts",
            new AccountDetails("Harbour Cranes", RelationshipType.Relational, OwnerId: owner.Id))).ReadAsync<AccountView>(HttpStatusCode.Created);
        var stakeholder = await (await manager.PostJsonAsync($"/api/v1/accounts/{account.Id}/stakeholders",
                new StakeholderDetails("Eva Lindqvist", "eva@cranes.example", "Project lead", "Operations", HierarchyLevel.Middle, BuyingCentreRole.User, false)))
            .ReadAsync<StakeholderView>(HttpStatusCode.Created);
        return new ActionsTestScene(slug, manager, owner, ownerClient, contributor, account, stakeholder);
    }

    /// <summary>An open survey asking a built-in instrument (nps, csat or ces).</summary>
    public async Task<Guid> OpenSurveyAsync(string instrument, bool allowAnonymous = false)
    {
        var name = $"{instrument} {Guid.NewGuid():N}";
        var draft = await (await Manager.PostJsonAsync("/api/v1/surveys", new SurveyDetails(name, instrument, AllowAnonymous: allowAnonymous)))
            .ReadAsync<SurveyView>(HttpStatusCode.Created);
        await (await Manager.PutJsonAsync($"/api/v1/surveys/{draft.Id}",
                new SurveyDetails(name, instrument, AllowAnonymous: allowAnonymous, Status: SurveyStatus.Open)))
            .ReadAsync<SurveyView>();
        return draft.Id;
    }

    /// <summary>
    /// A whole second just ahead of the server's clock, for a job pass that should see what was stored just now; whole
    /// seconds because both databases keep times finer than the tests could compare.
    /// </summary>
    public static DateTimeOffset JustAfterNow() => DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);

    public async Task<SurveyResponseView> AnswerAsync(Guid surveyId, int score, bool withAccount = true, string? idempotencyKey = null,
        HttpStatusCode expected = HttpStatusCode.Created) =>
        await (await SendAnswerAsync(surveyId, score, withAccount, idempotencyKey)).ReadAsync<SurveyResponseView>(expected);

    /// <summary>Submits an NPS score as the contributor and hands back the reply as it came.</summary>
    public Task<HttpResponseMessage> SendAnswerAsync(Guid surveyId, int score, bool withAccount = true, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{surveyId}/responses")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new SubmitResponseRequest(
                new Dictionary<string, Answer> { ["score"] = new(Number: score) },
                withAccount ? Account.Id : null, withAccount ? Stakeholder.Id : null), options: Json.Options),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add(SurveysApi.IdempotencyKeyHeader, idempotencyKey);
        }
        return Contributor.SendAsync(request);
    }
}

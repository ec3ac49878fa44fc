using System.Security.Claims;
using Dyad.Core.Accounts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Workspaces;
using Dyad.Data.Alerts;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Alerts;

/// <summary>An account's customer communications log: the data the warning-sign rules read.</summary>
public static class CommunicationsApi
{
    public static IEndpointRouteBuilder MapCommunicationsApi(this IEndpointRouteBuilder app)
    {
        var log = app.MapGroup("/api/v1/accounts/{accountId:guid}/communications").WithTags("Communications").RequirePermission(Permission.Read);
        log.MapGet("/", ListAsync).WithSummary("The account's logged questions, commitments, disputes, meetings, cost changes, sales pushes and noes, newest first.");
        log.MapPost("/", CreateAsync).RequirePermission(Permission.Contribute).WithSummary("Logs an interaction with the customer.");
        log.MapPut("/{id:guid}", UpdateAsync).HasETag<CustomerCommunication>().RequirePermission(Permission.Contribute)
            .WithSummary("Corrects a logged interaction, e.g. records a question's answer.");
        log.MapDelete("/{id:guid}", DeleteAsync).HasETag<CustomerCommunication>().RequirePermission(Permission.Contribute)
            .WithSummary("Removes a logged interaction; removing a commitment removes its disputes.");
        log.MapPut("/contract", SetContractAsync).HasETag<Account>("accountId").RequirePermission(Permission.ManageAccounts)
            .WithSummary("Sets (or clears) the date the account's contract was signed; costs added after it fire an alert.");
        return app;
    }

    private static async Task<Results<Ok<CommunicationTimeline>, NotFound>> ListAsync(Guid accountId, CommunicationLog log, CancellationToken ct) =>
        await log.ListAsync(accountId, ct) is { } timeline ? TypedResults.Ok(timeline) : TypedResults.NotFound();

    private static async Task<Results<Created<CommunicationView>, NotFound>> CreateAsync(Guid accountId, CommunicationDetails details,
        ClaimsPrincipal user, CommunicationLog log, CancellationToken ct) =>
        await log.CreateAsync(accountId, details, user.ToActor(), ct) is { } created
            ? TypedResults.Created($"/api/v1/accounts/{accountId}/communications/{created.Id}", created)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CommunicationView>, NotFound>> UpdateAsync(Guid accountId, Guid id, CommunicationDetails details,
        CommunicationLog log, CancellationToken ct) =>
        await log.UpdateAsync(accountId, id, details, ct) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid accountId, Guid id, CommunicationLog log, CancellationToken ct) =>
        await log.DeleteAsync(accountId, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> SetContractAsync(Guid accountId, ContractSigned contract, CommunicationLog log,
        CancellationToken ct) =>
        await log.SetContractSignedAsync(accountId, contract.SignedOn, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

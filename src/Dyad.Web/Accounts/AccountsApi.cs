using Dyad.Core.Accounts;
using Dyad.Core.Common;
using Dyad.Core.Workspaces;
using Dyad.Data.Accounts;
using Dyad.Data.Common;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Accounts;

/// <summary>The account list's filters; paging and sorting come in a <see cref="PageQuery"/>.</summary>
public sealed record AccountListQuery(
    string? Search,
    string? Tier,
    string? Segment,
    string? RelationshipType,
    Guid? OwnerId)
{
    public AccountFilter ToFilter()
    {
        RelationshipType? type = null;
        if (RelationshipType is not null)
        {
            type = EnumText.TryParse<RelationshipType>(RelationshipType, out var parsed)
                ? parsed
                : throw DomainValidationException.For(nameof(RelationshipType), "Relationship type must be 'transactional' or 'relational'.");
        }
        return new AccountFilter(Search, Tier, Segment, type, OwnerId);
    }
}

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/v1/accounts").WithTags("Accounts").RequirePermission(Permission.Read);
        accounts.MapGet("/", ListAsync).WithNextLink()
            .WithSummary("Lists accounts with search and filters, a page at a time: sort by name, tier, segment, annual_revenue or created_at.");
        accounts.MapGet("/{id:guid}", GetAsync).HasETag<Account>().WithName("GetAccount").WithSummary("An account with its stakeholders and journeys.");
        accounts.MapPost("/", CreateAsync).RequirePermission(Permission.ManageAccounts).WithSummary("Creates an account.");
        accounts.MapPut("/{id:guid}", UpdateAsync).HasETag<Account>().RequirePermission(Permission.ManageAccounts).WithSummary("Replaces an account's details.");
        accounts.MapDelete("/{id:guid}", DeleteAsync).HasETag<Account>().RequirePermission(Permission.ManageAccounts)
            .WithSummary("Deletes an account with its stakeholders, journeys and touchpoints.");

        accounts.MapGet("/{id:guid}/stakeholders", ListStakeholdersAsync).WithNextLink()
            .WithSummary("The account's stakeholders a page at a time, optionally of one buyingCentreRole or ?dmu=true|false; sort by name (default), email or job_title.");
        accounts.MapPost("/{id:guid}/stakeholders", CreateStakeholderAsync).RequirePermission(Permission.Contribute)
            .WithSummary("Adds a stakeholder to the account.");

        var stakeholders = app.MapGroup("/api/v1/stakeholders").WithTags("Stakeholders").RequirePermission(Permission.Read);
        stakeholders.MapGet("/{id:guid}", GetStakeholderAsync).HasETag<Stakeholder>().WithName("GetStakeholder");
        stakeholders.MapPut("/{id:guid}", UpdateStakeholderAsync).HasETag<Stakeholder>().RequirePermission(Permission.Contribute);
        stakeholders.MapDelete("/{id:guid}", DeleteStakeholderAsync).HasETag<Stakeholder>().RequirePermission(Permission.Contribute);
        return app;
    }

    private static async Task<Ok<CursorPage<AccountSummary>>> ListAsync([AsParameters] AccountListQuery query, [AsParameters] PageQuery page,
        AccountQueries accounts, CancellationToken ct) =>
        TypedResults.Ok(await accounts.ListAsync(query.ToFilter(), page.ToRequest(), ct));

    private static async Task<Results<Ok<AccountView>, NotFound>> GetAsync(Guid id, AccountQueries accounts, CancellationToken ct) =>
        await accounts.GetAsync(id, ct) is { } account ? TypedResults.Ok(account) : TypedResults.NotFound();

    private static async Task<CreatedAtRoute<AccountView>> CreateAsync(AccountDetails details, AccountCommands commands, AccountQueries accounts, CancellationToken ct)
    {
        var id = await commands.CreateAsync(details, ct);
        return TypedResults.CreatedAtRoute((await accounts.GetAsync(id, ct))!, "GetAccount", new { id });
    }

    private static async Task<Results<Ok<AccountView>, NotFound>> UpdateAsync(Guid id, AccountDetails details, AccountCommands commands, AccountQueries accounts, CancellationToken ct) =>
        await commands.UpdateAsync(id, details, ct) ? TypedResults.Ok((await accounts.GetAsync(id, ct))!) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, AccountCommands commands, CancellationToken ct) =>
        await commands.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<CursorPage<StakeholderView>>, NotFound>> ListStakeholdersAsync(Guid id, string? buyingCentreRole, bool? dmu,
        [AsParameters] PageQuery page, StakeholderCommands stakeholders, CancellationToken ct) =>
        await stakeholders.PageAsync(id, QueryValues.Enum<BuyingCentreRole>(buyingCentreRole, nameof(buyingCentreRole)), dmu, page.ToRequest(), ct) is { } list
            ? TypedResults.Ok(list)
            : TypedResults.NotFound();

    private static async Task<Results<CreatedAtRoute<StakeholderView>, NotFound>> CreateStakeholderAsync(Guid id, StakeholderDetails details, StakeholderCommands stakeholders, CancellationToken ct) =>
        await stakeholders.CreateAsync(id, details, ct) is { } created
            ? TypedResults.CreatedAtRoute(created, "GetStakeholder", new { id = created.Id })
            : TypedResults.NotFound();

    private static async Task<Results<Ok<StakeholderView>, NotFound>> GetStakeholderAsync(Guid id, StakeholderCommands stakeholders, CancellationToken ct) =>
        await stakeholders.GetAsync(id, ct) is { } stakeholder ? TypedResults.Ok(stakeholder) : TypedResults.NotFound();

    private static async Task<Results<Ok<StakeholderView>, NotFound>> UpdateStakeholderAsync(Guid id, StakeholderDetails details, StakeholderCommands stakeholders, CancellationToken ct) =>
        await stakeholders.UpdateAsync(id, details, ct) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteStakeholderAsync(Guid id, StakeholderCommands stakeholders, CancellationToken ct) =>
        await stakeholders.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

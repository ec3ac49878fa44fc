using Dyad.Core.Workspaces;
using Dyad.Data.Common;
using Dyad.Data.Users;
using Dyad.Data.Workspaces;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Users;

public sealed record RoleChange(DyadRole Role);

/// <summary>The workspace's users for its administrators: who has access, with which role, and since when they last signed in.</summary>
public static class UsersApi
{
    private const string GetUserRoute = "GetUser";

    /// <summary>
    /// The user list's sort keys; <c>name</c> ascending unless asked otherwise. Users are ASP.NET Identity's rows, read
    /// whole for a workspace, so the page is cut from that list.
    /// </summary>
    private static readonly CursorSort<UserView> Sorts = new CursorSort<UserView>(u => u.Id)
        .By("name", u => u.DisplayName, SortOrder.Asc)
        .By("email", u => u.Email)
        .By("last_sign_in_at", u => u.LastSignInAt);

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users").WithTags("Users").RequirePermission(Permission.Administer);
        users.MapGet("/", ListAsync).WithNextLink()
            .WithSummary("The workspace's users a page at a time with their role, last sign-in and, when access was taken away, since when; ?role=; " +
                         "sort by name (default), email or last_sign_in_at.");
        users.MapGet("/{id:guid}", GetAsync).WithoutETag("A user is ASP.NET Identity's row, which carries its own concurrency stamp rather than a row version.").WithName(GetUserRoute).WithSummary("One user of the workspace.");
        users.MapPost("/", AddAsync).WithoutIdempotencyKey(IdempotencyConventions.SecretShownOnce)
            .WithSummary("Adds a user with a role; without a password one is generated and shown in this response only.");
        users.MapPut("/{id:guid}/role", ChangeRoleAsync).WithoutETag("A user is ASP.NET Identity's row, which carries its own concurrency stamp rather than a row version.")
            .WithSummary("Changes the user's role; the workspace always keeps an active administrator.");
        users.MapPost("/{id:guid}/deactivate", DeactivateAsync)
            .WithSummary("Takes the user's access away: no sign-in and no API token from now on; their name stays on what they did.");
        return app;
    }

    private static async Task<Ok<CursorPage<UserView>>> ListAsync(string? role, [AsParameters] PageQuery page, UserAdministration users,
        WorkspaceScope scope, CancellationToken ct)
    {
        var wanted = QueryValues.Enum<DyadRole>(role, nameof(role));
        var listed = (await users.ListAsync(scope.Required, ct)).Where(u => wanted is null || u.Role == wanted);
        return TypedResults.Ok(await Sorts.PageAsync(listed.AsQueryable(), page.ToRequest(), ct));
    }

    private static async Task<Results<Ok<UserView>, NotFound>> GetAsync(Guid id, UserAdministration users, WorkspaceScope scope, CancellationToken ct) =>
        Found(await users.GetAsync(scope.Required, id, ct));

    private static async Task<CreatedAtRoute<AddedUser>> AddAsync(NewUser request, UserAdministration users, WorkspaceScope scope, CancellationToken ct)
    {
        var added = await users.AddAsync(scope.Required, request, ct);
        return TypedResults.CreatedAtRoute(added, GetUserRoute, new { id = added.User.Id });
    }

    private static async Task<Results<Ok<UserView>, NotFound>> ChangeRoleAsync(
        Guid id, RoleChange change, UserAdministration users, WorkspaceScope scope, CancellationToken ct) =>
        Found(await users.ChangeRoleAsync(scope.Required, id, change.Role, ct));

    private static async Task<Results<Ok<UserView>, NotFound>> DeactivateAsync(Guid id, UserAdministration users, WorkspaceScope scope, CancellationToken ct) =>
        Found(await users.DeactivateAsync(scope.Required, id, ct));

    private static Results<Ok<UserView>, NotFound> Found(UserView? view) => view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
}

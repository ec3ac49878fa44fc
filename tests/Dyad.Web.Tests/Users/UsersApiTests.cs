using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dyad.Core.Workspaces;
using Dyad.Data.Users;
using Dyad.Web.Tests.Infrastructure;
using Dyad.Web.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests.Users;

/// <summary>
/// The administrators' users API: the same rule as everywhere for users (Administer, held by admins alone), one
/// workspace's users only, and access taken away for real when a user is deactivated.
/// </summary>
public abstract class UsersApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DyadApp
{
    private static string NewWorkspace() => $"u{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task An_admin_lists_and_reads_the_users_of_their_workspace_and_never_another_workspaces()
    {
        var (mine, theirs) = (NewWorkspace(), NewWorkspace());
        var admin = await app.ApiClientAsync(DyadRole.Admin, mine);
        var viewer = await app.CreateUserAsync(DyadRole.Viewer, mine);
        var stranger = await app.CreateUserAsync(DyadRole.Viewer, theirs);

        var listed = await (await admin.GetAsync("/api/v1/users")).ReadItemsAsync<UserView>();

        Assert.Equal([DyadRole.Viewer, DyadRole.Admin], listed.Select(u => u.Role).Order());
        Assert.Contains(listed, u => u.Id == viewer.Id && u.Email == viewer.Email);
        Assert.DoesNotContain(listed, u => u.Id == stranger.Id);
        Assert.Equal(viewer.Email, (await (await admin.GetAsync($"/api/v1/users/{viewer.Id}")).ReadAsync<UserView>()).Email);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/users/{stranger.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutJsonAsync($"/api/v1/users/{stranger.Id}/role", new RoleChange(DyadRole.Admin))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/users/{stranger.Id}/deactivate", null)).StatusCode);
        var untouched = await app.InWorkspaceAsync(theirs, s => s.GetRequiredService<UserAdministration>().GetAsync(stranger.WorkspaceId, stranger.Id));
        Assert.Equal((DyadRole.Viewer, (DateTimeOffset?)null), (untouched!.Role, untouched.DeactivatedAt));
    }

    [Theory]
    [InlineData(DyadRole.CxManager)]
    [InlineData(DyadRole.Viewer)]
    public async Task Anyone_but_an_admin_is_refused_every_users_call(DyadRole role)
    {
        var workspace = NewWorkspace();
        var client = await app.ApiClientAsync(role, workspace);
        var someone = await app.CreateUserAsync(DyadRole.Viewer, workspace);

        var answers = new[]
        {
            await client.GetAsync("/api/v1/users"),
            await client.GetAsync($"/api/v1/users/{someone.Id}"),
            await client.PostJsonAsync("/api/v1/users", new NewUser($"new-{workspace}@provider.example", DyadRole.Admin)),
            await client.PutJsonAsync($"/api/v1/users/{someone.Id}/role", new RoleChange(DyadRole.Admin)),
            await client.PostAsync($"/api/v1/users/{someone.Id}/deactivate", null),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode));
        var untouched = await app.InWorkspaceAsync(workspace, s => s.GetRequiredService<UserAdministration>().GetAsync(someone.WorkspaceId, someone.Id));
        Assert.Equal((DyadRole.Viewer, (DateTimeOffset?)null), (untouched!.Role, untouched.DeactivatedAt));
    }

    [Fact]
    public async Task An_added_user_signs_in_with_the_password_shown_once_and_the_list_shows_when()
    {
        var workspace = NewWorkspace();
        var admin = await app.ApiClientAsync(DyadRole.Admin, workspace);
        var email = $"new-{workspace}@provider.example";

        var response = await admin.PostJsonAsync("/api/v1/users", new NewUser(email, DyadRole.AccountManager, "Noor de Vries"));
        var added = await response.ReadAsync<AddedUser>(HttpStatusCode.Created);
        var before = await (await admin.GetAsync($"/api/v1/users/{added.User.Id}")).ReadAsync<UserView>();
        await app.SignedInClientAsync(email, added.GeneratedPassword!);
        var after = await (await admin.GetAsync($"/api/v1/users/{added.User.Id}")).ReadAsync<UserView>();

        Assert.EndsWith($"/api/v1/users/{added.User.Id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal((DyadRole.AccountManager, "Noor de Vries"), (added.User.Role, added.User.DisplayName));
        Assert.Null(before.LastSignInAt);
        Assert.NotNull(after.LastSignInAt);
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_naming_the_field()
    {
        var workspace = NewWorkspace();
        var admin = await app.ApiClientAsync(DyadRole.Admin, workspace);
        var existing = await app.CreateUserAsync(DyadRole.Viewer, workspace);

        var blank = await admin.PostJsonAsync("/api/v1/users", new NewUser(" ", DyadRole.Viewer));
        var taken = await admin.PostJsonAsync("/api/v1/users", new NewUser(existing.Email, DyadRole.Viewer));
        var weak = await admin.PostJsonAsync("/api/v1/users", new NewUser($"weak-{workspace}@provider.example", DyadRole.Viewer, Password: "short"));
        var undefinedRole = await admin.PutJsonAsync($"/api/v1/users/{existing.Id}/role", new RoleChange((DyadRole)42));

        foreach (var (answer, field) in new[] { (blank, "Email"), (taken, "Email"), (weak, "Password") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"\"{field}\"", await answer.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(HttpStatusCode.BadRequest, undefinedRole.StatusCode);
        Assert.Equal("application/problem+json", undefinedRole.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_role_change_counts_from_the_next_call_and_the_last_active_admin_keeps_the_role()
    {
        var workspace = NewWorkspace();
        var adminUser = await app.CreateUserAsync(DyadRole.Admin, workspace);
        var admin = await app.ApiClientAsync(adminUser, workspace);
        var viewerUser = await app.CreateUserAsync(DyadRole.Viewer, workspace);
        var viewer = await app.ApiClientAsync(viewerUser, workspace);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/v1/users")).StatusCode);

        var demoteAlone = await admin.PutJsonAsync($"/api/v1/users/{adminUser.Id}/role", new RoleChange(DyadRole.Viewer));
        var promoted = await (await admin.PutJsonAsync($"/api/v1/users/{viewerUser.Id}/role", new RoleChange(DyadRole.Admin))).ReadAsync<UserView>();
        var viewerNow = await viewer.GetAsync("/api/v1/users");
        var demoted = await (await viewer.PutJsonAsync($"/api/v1/users/{adminUser.Id}/role", new RoleChange(DyadRole.CxManager))).ReadAsync<UserView>();

        Assert.Equal(HttpStatusCode.Conflict, demoteAlone.StatusCode);
        Assert.Equal("application/problem+json", demoteAlone.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DyadRole.Admin, promoted.Role);
        Assert.Equal(HttpStatusCode.OK, viewerNow.StatusCode);
        Assert.Equal(DyadRole.CxManager, demoted.Role);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_user_can_neither_sign_in_nor_use_their_token_and_the_last_admin_cannot_be_deactivated()
    {
        var workspace = NewWorkspace();
        var adminUser = await app.CreateUserAsync(DyadRole.Admin, workspace);
        var admin = await app.ApiClientAsync(adminUser, workspace);
        var leaverUser = await app.CreateUserAsync(DyadRole.CxManager, workspace);
        var leaver = await app.ApiClientAsync(leaverUser, workspace);
        Assert.Equal(HttpStatusCode.OK, (await leaver.GetAsync("/api/v1/accounts")).StatusCode);

        var deactivated = await (await admin.PostAsync($"/api/v1/users/{leaverUser.Id}/deactivate", null)).ReadAsync<UserView>();
        var again = await (await admin.PostAsync($"/api/v1/users/{leaverUser.Id}/deactivate", null)).ReadAsync<UserView>();
        var (_, signIn) = await app.TrySignInAsync(leaverUser.Email, DyadApp.Password);
        var lastAdmin = await admin.PostAsync($"/api/v1/users/{adminUser.Id}/deactivate", null);

        Assert.NotNull(deactivated.DeactivatedAt);
        // Stored to the millisecond or finer; a second deactivation must not move the date.
        Assert.Equal(deactivated.DeactivatedAt!.Value.ToUnixTimeMilliseconds(), again.DeactivatedAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(HttpStatusCode.Unauthorized, (await leaver.GetAsync("/api/v1/accounts")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, lastAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_users_operation_with_a_summary()
    {
        var paths = (await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        foreach (var (path, method) in new[]
                 {
                     ("/api/v1/users", "get"), ("/api/v1/users", "post"), ("/api/v1/users/{id}", "get"), ("/api/v1/users/{id}/role", "put"),
                     ("/api/v1/users/{id}/deactivate", "post"),
                 })
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            Assert.Equal("Users", operation.GetProperty("tags")[0].GetString());
        }
        Assert.True(paths.GetProperty("/api/v1/users/{id}/role").GetProperty("put").GetProperty("responses").TryGetProperty("404", out _));
    }
}

public sealed class UsersApiOnSqlite(SqliteApp app) : UsersApiTests<SqliteApp>(app);

public sealed class UsersApiOnPostgres(PostgresApp app) : UsersApiTests<PostgresApp>(app);

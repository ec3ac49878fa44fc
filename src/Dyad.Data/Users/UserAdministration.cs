using System.Linq.Expressions;
using System.Security.Cryptography;
using Dyad.Core.Common;
using Dyad.Core.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Users;

/// <param name="DeactivatedAt">Set when an administrator took the user's access away.</param>
public sealed record UserView(Guid Id, string Email, string DisplayName, DyadRole Role, Guid WorkspaceId, DateTimeOffset? LastSignInAt = null,
    DateTimeOffset? DeactivatedAt = null);

public sealed record NewUser(string Email, DyadRole Role, string? DisplayName = null, string? Password = null);

/// <summary>The result of adding a user; <see cref="GeneratedPassword"/> is set when none was given and is shown once.</summary>
public sealed record AddedUser(UserView User, string? GeneratedPassword);

/// <summary>
/// The provider's users of a workspace, for the CLI and the administrators' API: adding them, their role, and taking
/// their access away. Users are not workspace-owned rows, so every query names the workspace.
/// </summary>
public sealed class UserAdministration(UserManager<DyadUser> users, DyadDbContext db, TimeProvider clock)
{
    private static readonly Expression<Func<DyadUser, UserView>> AsView =
        u => new UserView(u.Id, u.Email ?? "", u.DisplayName, u.Role, u.WorkspaceId, u.LastSignInAt, u.DeactivatedAt);

    private static readonly Func<DyadUser, UserView> ToView = AsView.Compile();

    public async Task<AddedUser> AddAsync(Guid workspaceId, NewUser request, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors()
            .Require(nameof(NewUser.Email), request.Email, 254, "E-mail")
            .Defined(nameof(NewUser.Role), request.Role, "Role");
        errors.ThrowIfAny();
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, cancellationToken))
        {
            throw DomainValidationException.For("Workspace", "No such workspace.");
        }
        var email = request.Email.Trim();
        var generated = request.Password is null ? GeneratePassword() : null;
        var user = new DyadUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            WorkspaceId = workspaceId,
            DisplayName = Blank.ToNull(request.DisplayName) ?? email.Split('@')[0],
            Role = request.Role,
        };
        var result = await users.CreateAsync(user, request.Password ?? generated!);
        if (!result.Succeeded)
        {
            throw ToValidationException(result);
        }
        return new AddedUser(ToView(user), generated);
    }

    public async Task<UserView?> FindByEmailAsync(string email)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        return user is null ? null : ToView(user);
    }

    public async Task<IReadOnlyList<UserView>> ListAsync(Guid workspaceId, CancellationToken cancellationToken = default) =>
        await db.Users.Where(u => u.WorkspaceId == workspaceId)
            .OrderBy(u => u.DisplayName)
            .Select(AsView)
            .ToListAsync(cancellationToken);

    /// <returns>Null when the workspace has no such user.</returns>
    public async Task<UserView?> GetAsync(Guid workspaceId, Guid id, CancellationToken cancellationToken = default) =>
        await db.Users.Where(u => u.WorkspaceId == workspaceId && u.Id == id).Select(AsView).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The new role counts from the user's next request; their sign-in stays.</summary>
    /// <returns>Null when the workspace has no such user.</returns>
    public async Task<UserView?> ChangeRoleAsync(Guid workspaceId, Guid id, DyadRole role, CancellationToken cancellationToken = default)
    {
        new FieldErrors().Defined(nameof(DyadUser.Role), role, "Role").ThrowIfAny();
        if (await FindAsync(workspaceId, id, cancellationToken) is not { } user)
        {
            return null;
        }
        if (role != DyadRole.Admin)
        {
            await KeepAnAdministratorAsync(user, "take the administrator role from", cancellationToken);
        }
        user.Role = role;
        await SucceedAsync(users.UpdateAsync(user));
        return ToView(user);
    }

    /// <summary>
    /// Takes the user's access away: sign-in is refused, their API tokens stop working, and changing the security stamp
    /// ends the sessions they have open. Deactivating a deactivated user changes nothing.
    /// </summary>
    /// <returns>Null when the workspace has no such user.</returns>
    public async Task<UserView?> DeactivateAsync(Guid workspaceId, Guid id, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(workspaceId, id, cancellationToken) is not { } user)
        {
            return null;
        }
        if (user.DeactivatedAt is null)
        {
            await KeepAnAdministratorAsync(user, "deactivate", cancellationToken);
            user.DeactivatedAt = clock.GetUtcNow();
            await SucceedAsync(users.UpdateSecurityStampAsync(user));
        }
        return ToView(user);
    }

    private async Task<DyadUser?> FindAsync(Guid workspaceId, Guid id, CancellationToken cancellationToken) =>
        await users.Users.SingleOrDefaultAsync(u => u.WorkspaceId == workspaceId && u.Id == id, cancellationToken);

    /// <summary>A workspace without an active administrator could never add or restore anyone again.</summary>
    private async Task KeepAnAdministratorAsync(DyadUser user, string change, CancellationToken cancellationToken)
    {
        if (user is { Role: DyadRole.Admin, DeactivatedAt: null }
            && !await db.Users.AnyAsync(u => u.WorkspaceId == user.WorkspaceId && u.Id != user.Id && u.Role == DyadRole.Admin && u.DeactivatedAt == null,
                cancellationToken))
        {
            throw new ConflictException($"{user.Email} is the workspace's only active administrator; make another user administrator before you {change} them.");
        }
    }

    private static async Task SucceedAsync(Task<IdentityResult> change)
    {
        if (await change is { Succeeded: false } failed)
        {
            throw ToValidationException(failed);
        }
    }

    private static DomainValidationException ToValidationException(IdentityResult result)
    {
        var errors = new FieldErrors();
        foreach (var error in result.Errors)
        {
            var field = error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(NewUser.Password) : nameof(NewUser.Email);
            errors.Add(field, error.Description);
        }
        return new DomainValidationException(errors.ToDictionary());
    }

    /// <summary>A readable random password: 22 characters from 128 bits.</summary>
    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', 'x').Replace('/', 'y');
}

using System.Security.Cryptography;
using Dyad.Core.Common;
using Dyad.Core.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Users;

public sealed record UserView(Guid Id, string Email, string DisplayName, DyadRole Role, Guid WorkspaceId);

public sealed record NewUser(string Email, DyadRole Role, string? DisplayName = null, string? Password = null);

/// <summary>The result of adding a user; <see cref="GeneratedPassword"/> is set when none was given and is shown once.</summary>
public sealed record AddedUser(UserView User, string? GeneratedPassword);

public sealed class UserAdministration(UserManager<DyadUser> users, DyadDbContext db)
{
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
            .Select(u => new UserView(u.Id, u.Email ?? "", u.DisplayName, u.Role, u.WorkspaceId))
            .ToListAsync(cancellationToken);

    internal static UserView ToView(DyadUser user) => new(user.Id, user.Email ?? "", user.DisplayName, user.Role, user.WorkspaceId);

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

namespace Dyad.Core.Workspaces;

/// <summary>What a provider-side user may do in their workspace (DOMAIN.md section 2).</summary>
public enum DyadRole
{
    Viewer,
    Contributor,
    AccountManager,
    CxManager,
    Admin,
}

/// <summary>The kinds of action the roles are granted, from reading to administering users.</summary>
public enum Permission
{
    /// <summary>See anything in the workspace.</summary>
    Read,

    /// <summary>Record what happens: stakeholders, touchpoints, journey phase moves.</summary>
    Contribute,

    /// <summary>Create, change and remove accounts and journeys.</summary>
    ManageAccounts,

    /// <summary>Shape the workspace: journey templates.</summary>
    Configure,

    /// <summary>Users and their access.</summary>
    Administer,
}

public static class RolePermissions
{
    /// <summary>Roles are ordered: each one holds every permission of the roles below it.</summary>
    public static bool Allows(this DyadRole role, Permission permission) => permission switch
    {
        Permission.Read => true,
        Permission.Contribute => role >= DyadRole.Contributor,
        Permission.ManageAccounts => role >= DyadRole.AccountManager,
        Permission.Configure => role >= DyadRole.CxManager,
        Permission.Administer => role == DyadRole.Admin,
        _ => false,
    };

    public static IEnumerable<DyadRole> Granted(Permission permission) =>
        Enum.GetValues<DyadRole>().Where(role => role.Allows(permission));
}

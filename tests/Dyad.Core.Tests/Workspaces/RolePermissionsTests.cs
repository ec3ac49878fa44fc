using Dyad.Core.Workspaces;

namespace Dyad.Core.Tests.Workspaces;

public class RolePermissionsTests
{
    public static TheoryData<Permission> Permissions => new(Enum.GetValues<Permission>());

    [Fact]
    public void A_viewer_may_only_read()
    {
        Assert.Equal([Permission.Read], Enum.GetValues<Permission>().Where(p => DyadRole.Viewer.Allows(p)));
    }

    [Theory]
    [MemberData(nameof(Permissions))]
    public void An_admin_may_do_everything(Permission permission)
    {
        Assert.True(DyadRole.Admin.Allows(permission));
    }

    [Theory]
    [MemberData(nameof(Permissions))]
    public void Each_role_holds_every_permission_of_the_roles_below_it(Permission permission)
    {
        var roles = Enum.GetValues<DyadRole>().Order().ToList();

        for (var i = 1; i < roles.Count; i++)
        {
            Assert.True(!roles[i - 1].Allows(permission) || roles[i].Allows(permission), $"{roles[i]} lacks {permission} that {roles[i - 1]} holds");
        }
    }

    [Fact]
    public void Only_admins_administer_users()
    {
        Assert.Equal([DyadRole.Admin], RolePermissions.Granted(Permission.Administer));
    }

    [Fact]
    public void Journey_templates_are_configured_by_cx_managers_and_admins()
    {
        Assert.Equal([DyadRole.CxManager, DyadRole.Admin], RolePermissions.Granted(Permission.Configure));
    }
}

using Dyad.Core.Workspaces;

namespace Dyad.Web.Security;

/// <summary>
/// Sign-in through the organisation's identity provider (<c>Dyad:Security:OpenIdConnect:*</c>), beside passwords. It is
/// on when <see cref="Authority"/> and <see cref="ClientId"/> are set. A person signs in as the Dyad user with the
/// provider's e-mail claim; with <see cref="AutoProvision"/> on, an unknown address becomes a new user in
/// <see cref="Workspace"/> with <see cref="DefaultRole"/>.
/// </summary>
public sealed class OpenIdConnectSettings
{
    public const string Section = "Dyad:Security:OpenIdConnect";
    public const string Scheme = "oidc";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the sign-in button.</summary>
    public string DisplayName { get; set; } = "single sign-on";

    public string EmailClaim { get; set; } = "email";
    public string NameClaim { get; set; } = "name";

    /// <summary>Only for a provider on a development machine; in production its metadata must come over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool AutoProvision { get; set; }
    public DyadRole DefaultRole { get; set; } = DyadRole.Viewer;

    /// <summary>The slug of the workspace new users join when <see cref="AutoProvision"/> is on.</summary>
    public string Workspace { get; set; } = Core.Workspaces.Workspace.DemoSlug;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

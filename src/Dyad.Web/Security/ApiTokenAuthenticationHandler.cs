using System.Security.Claims;
using System.Text.Encodings.Web;
using Dyad.Data.Workspaces;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dyad.Web.Security;

/// <summary>Authenticates <c>Authorization: Bearer dyad_...</c> personal API tokens.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var owner = await tokens.AuthenticateAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        if (owner is null)
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, owner.User.Id.ToString()),
                new Claim(ClaimTypes.Name, owner.User.UserName ?? owner.User.Email ?? ""),
                new Claim(DyadClaims.ApiToken, owner.TokenId.ToString()),
                .. owner.Scopes.Select(scope => new Claim(DyadClaims.Scope, scope.ToString())),
                .. DyadClaims.For(owner.User),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>
/// An OpenID Connect provider on a loopback port, just enough for the authorization code flow with PKCE: discovery, an
/// authorize endpoint that signs in <see cref="NextUser"/> at once, a token endpoint that checks the client secret and
/// the code verifier, and the JWKS with the RSA key that signs the id_tokens.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "dyad-tests";
    public const string ClientSecret = "oidc-client-secret-3a9c";

    private readonly int _port = SmtpSink.FreePort();
    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _grants = new();
    private WebApplication? _app;

    /// <summary>The person who "signs in" at the provider on the next authorize request.</summary>
    public sealed record Person(string Subject, string Email, string Name, bool EmailVerified = true);

    private sealed record Grant(Person Person, string Nonce, string RedirectUri, string CodeChallenge);

    public string Authority => $"http://127.0.0.1:{_port}";

    public Person NextUser { get; set; } = new("nobody", "nobody@example.com", "Nobody");

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Authority);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = $"{Authority}/authorize",
            ["token_endpoint"] = $"{Authority}/token",
            ["jwks_uri"] = $"{Authority}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var parameters = _key.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = "test-key", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) } },
            });
        });
        _app.MapGet("/authorize", Authorize);
        _app.MapPost("/token", TokenAsync);
        await _app.StartAsync();
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256")
        {
            return Results.BadRequest();
        }
        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
        _grants[code] = new Grant(NextUser, query["nonce"].ToString(), query["redirect_uri"].ToString(), query["code_challenge"].ToString());
        return Results.Redirect($"{query["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(query["state"].ToString())}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret || form["grant_type"] != "authorization_code"
            || !_grants.TryRemove(form["code"].ToString(), out var grant) || grant.RedirectUri != form["redirect_uri"] || grant.CodeChallenge != challenge)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }
        var accessToken = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
        var accessTokenHash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
        var now = DateTime.UtcNow;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", grant.Person.Subject),
                new Claim("email", grant.Person.Email),
                new Claim("email_verified", grant.Person.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean),
                new Claim("name", grant.Person.Name),
                new Claim("nonce", grant.Nonce),
                new Claim("at_hash", Base64UrlEncoder.Encode(accessTokenHash[..(accessTokenHash.Length / 2)])),
            ]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = "test-key" }, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new { access_token = accessToken, token_type = "Bearer", expires_in = 300, id_token = idToken });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        _key.Dispose();
    }
}

using System.Security.Cryptography;
using System.Text;
using Dyad.Core.Common;

namespace Dyad.Core.Integrations;

/// <summary>What an admin sets on an inbound endpoint. A null <see cref="SigningSecret"/> on an update keeps the stored one.</summary>
public sealed record InboundEndpointDetails(
    string Name,
    InboundMapping Mapping,
    string? SignatureHeader = null,
    string? SigningSecret = null,
    string SignatureAlgorithm = InboundSignature.Sha256,
    string? TimestampHeader = null,
    int ToleranceSeconds = InboundEndpoint.DefaultToleranceSeconds,
    bool Active = true)
{
    public const int NameMaxLength = 100;
    public const int HeaderMaxLength = 100;
    public const int SecretMaxLength = 200;
}

/// <summary>
/// An address another system (a ticketing desk, a CRM) posts JSON to, each delivery becoming a touchpoint occurrence
/// through the endpoint's <see cref="InboundMapping"/>. The address carries a secret token (256 random bits, kept only as
/// its SHA-256 hash, shown once); a signing secret, when set, adds an HMAC check of every body.
/// </summary>
public sealed class InboundEndpoint : IWorkspaceOwned
{
    public const int DefaultToleranceSeconds = 300;
    public const int MaxToleranceSeconds = 3600;
    private const int TokenBytes = 32;

    private InboundEndpoint() { }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>SHA-256 of the address's token, hex: the token itself is never stored.</summary>
    public string TokenHash { get; private set; } = "";

    public InboundMapping Mapping { get; private set; } = new("");

    /// <summary>The header carrying the HMAC; null when deliveries are not signed.</summary>
    public string? SignatureHeader { get; private set; }

    /// <summary>Kept readable, as the HMAC is recomputed with it; never shown again once set.</summary>
    public string? SigningSecret { get; private set; }

    public string SignatureAlgorithm { get; private set; } = InboundSignature.Sha256;
    public string? TimestampHeader { get; private set; }
    public int ToleranceSeconds { get; private set; } = DefaultToleranceSeconds;
    public bool Active { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <returns>The endpoint and the token of its address, which the caller shows once.</returns>
    public static (InboundEndpoint Endpoint, string Token) Create(Guid workspaceId, InboundEndpointDetails details, DateTimeOffset now)
    {
        var endpoint = new InboundEndpoint { Id = Guid.NewGuid(), WorkspaceId = workspaceId, CreatedAt = now };
        endpoint.Update(details);
        return (endpoint, endpoint.NewToken());
    }

    public void Update(InboundEndpointDetails details)
    {
        var secret = Blank.ToNull(details.SigningSecret) ?? SigningSecret;
        var header = Blank.ToNull(details.SignatureHeader);
        var errors = new FieldErrors()
            .Require(nameof(details.Name), details.Name, InboundEndpointDetails.NameMaxLength, "The name")
            .MaxLength(nameof(details.SignatureHeader), details.SignatureHeader, InboundEndpointDetails.HeaderMaxLength, "The signature header")
            .MaxLength(nameof(details.TimestampHeader), details.TimestampHeader, InboundEndpointDetails.HeaderMaxLength, "The timestamp header")
            .MaxLength(nameof(details.SigningSecret), details.SigningSecret, InboundEndpointDetails.SecretMaxLength, "The signing secret");
        if (details.Mapping is null)
        {
            errors.Add(nameof(details.Mapping), "The mapping is required.");
        }
        else
        {
            errors.Add(details.Mapping.Validate("Mapping."));
        }
        if (header is not null && secret is null)
        {
            errors.Add(nameof(details.SigningSecret), "A signed endpoint needs the secret the sender signs with.");
        }
        if (Blank.ToNull(details.TimestampHeader) is not null && header is null)
        {
            errors.Add(nameof(details.TimestampHeader), "A timestamp is checked only with a signature header.");
        }
        if (!InboundSignature.Algorithms.Contains((details.SignatureAlgorithm ?? "").Trim().ToLowerInvariant()))
        {
            errors.Add(nameof(details.SignatureAlgorithm), $"The algorithm must be one of: {string.Join(", ", InboundSignature.Algorithms)}.");
        }
        if (details.ToleranceSeconds is < 1 or > MaxToleranceSeconds)
        {
            errors.Add(nameof(details.ToleranceSeconds), $"The tolerance is 1 to {MaxToleranceSeconds} seconds.");
        }
        errors.ThrowIfAny();
        Name = details.Name.Trim();
        Mapping = details.Mapping!.Normalized();
        SignatureHeader = header;
        SigningSecret = header is null ? null : secret;
        SignatureAlgorithm = details.SignatureAlgorithm!.Trim().ToLowerInvariant();
        TimestampHeader = header is null ? null : Blank.ToNull(details.TimestampHeader);
        ToleranceSeconds = details.ToleranceSeconds;
        Active = details.Active;
    }

    /// <summary>Replaces the address's token: the old address stops working at once.</summary>
    public string NewToken()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        TokenHash = HashOf(token);
        return token;
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <returns>Null when the delivery may be read, else why it is refused.</returns>
    public string? Admit(Func<string, string?> header, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (!Active)
        {
            return "The endpoint is paused.";
        }
        if (SignatureHeader is null)
        {
            return null;
        }
        return InboundSignature.Verify(SigningSecret!, header(SignatureHeader), TimestampHeader is null ? null : header(TimestampHeader),
            TimestampHeader is not null, body, now, TimeSpan.FromSeconds(ToleranceSeconds));
    }
}

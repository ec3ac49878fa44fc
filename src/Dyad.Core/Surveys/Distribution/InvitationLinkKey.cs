using System.Buffers.Text;
using System.Security.Cryptography;

namespace Dyad.Core.Surveys.Distribution;

/// <summary>
/// The server secret a personal link's token is derived from: HMAC-SHA256 of the invitation's id. The database keeps
/// only a hash of the token, so a copy of the database opens no survey, while a reminder can still carry the very link
/// the first e-mail did, made again from the key.
/// </summary>
public sealed class InvitationLinkKey
{
    /// <summary>256 bits, HMAC-SHA256's block of strength; a shorter key would make tokens easier to forge.</summary>
    public const int SecretBytes = 32;

    private readonly byte[] _secret;

    public InvitationLinkKey(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < SecretBytes)
        {
            throw new ArgumentException($"A survey link key has at least {SecretBytes} bytes.", nameof(secret));
        }
        _secret = secret.ToArray();
    }

    /// <summary>The invitation's token: 256 bits as 43 base64url characters.</summary>
    public string TokenFor(Guid invitationId) => Base64Url.EncodeToString(HMACSHA256.HashData(_secret, invitationId.ToByteArray()));
}

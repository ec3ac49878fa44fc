using QRCoder;

namespace Dyad.Web.Security;

/// <summary>The otpauth URI an authenticator app scans (Google's Key Uri Format), drawn as an inline SVG QR code.</summary>
public static class AuthenticatorQrCode
{
    public const string Issuer = "Dyad";

    public static string UriFor(string email, string sharedKey) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={sharedKey}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    public static string Svg(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(5);
    }

    /// <summary>The key in groups of four, as people type it when they cannot scan.</summary>
    public static string Readable(string sharedKey) =>
        string.Join(' ', sharedKey.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));
}

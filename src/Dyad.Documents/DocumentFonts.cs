using System.Reflection;
using PdfSharp;
using PdfSharp.Fonts;

namespace Dyad.Documents;

/// <summary>
/// The one typeface documents are set in, DejaVu Sans (Bitstream Vera licence, in Fonts/DejaVu-LICENSE.txt), shipped
/// inside this assembly: PDFsharp 6 reads no installed fonts on Linux, and a document must look the same on every
/// machine. Its glyphs cover Latin, Greek and Cyrillic, so names in the data print as written.
/// </summary>
public sealed class DocumentFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Oblique = "DejaVuSans-Oblique";

    private static readonly Lock Gate = new();

    private DocumentFonts() { }

    /// <summary>
    /// Makes PDFsharp resolve every font to DejaVu Sans. PDFsharp keeps one resolver for the process, so this sets it
    /// once; the bold oblique style is simulated from the bold face.
    /// </summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            // PDFsharp 6.5 refuses to work until a licence is chosen; it is offered under the AGPL or commercially, and
            // the AGPL is the one an open-source build can take (docs/handbook.md, "PDF writer": what that obliges).
            PdfSharpLicense.SetAgplLicense();
            if (GlobalFontSettings.FontResolver is not DocumentFonts)
            {
                GlobalFontSettings.FontResolver = new DocumentFonts();
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        (bold, italic) switch
        {
            (true, true) => new FontResolverInfo(Bold, mustSimulateBold: false, mustSimulateItalic: true),
            (true, false) => new FontResolverInfo(Bold),
            (false, true) => new FontResolverInfo(Oblique),
            _ => new FontResolverInfo(Regular),
        };

    public byte[] GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Dyad.Documents.Fonts.{faceName}.ttf")
                           ?? throw new InvalidOperationException($"The font {faceName} is not shipped with Dyad.Documents.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}

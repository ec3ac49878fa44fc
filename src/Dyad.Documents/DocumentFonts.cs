using System.Reflection;

namespace Dyad.Documents;

/// <summary>
/// The one typeface documents are set in, DejaVu Sans (Bitstream Vera licence, in Fonts/DejaVu-LICENSE.txt), shipped
/// inside this assembly and embedded in every PDF, so a document looks the same on every machine whatever fonts are
/// installed. Its glyphs cover Latin, Greek and Cyrillic, so names in the data print as written.
/// </summary>
public static class DocumentFonts
{
    public const string Family = "DejaVu Sans";

    /// <summary>
    /// The face for a style. DejaVu Sans ships no bold oblique, so bold italic is the bold face, slanted by the back end.
    /// </summary>
    internal static Stream Open(bool bold, bool italic)
    {
        var face = (bold, italic) switch
        {
            (true, _) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            _ => "DejaVuSans",
        };
        return Assembly.GetExecutingAssembly().GetManifestResourceStream($"Dyad.Documents.Fonts.{face}.ttf")
               ?? throw new InvalidOperationException($"The font {face} is not shipped with Dyad.Documents.");
    }

    /// <summary>Whether a style has no face of its own and must be slanted from <see cref="Open"/>'s upright one.</summary>
    internal static bool SlantedFromUpright(bool bold, bool italic) => bold && italic;
}

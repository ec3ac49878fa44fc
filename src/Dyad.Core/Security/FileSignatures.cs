namespace Dyad.Core.Security;

/// <summary>
/// Whether a file's first bytes are what its extension claims (ASVS 12.2.1): a ".pdf" that is really an executable, or
/// an HTML page named ".png", is refused before it is stored. Binary formats are known by their magic numbers; text
/// formats by holding no NUL byte.
/// </summary>
public static class FileSignatures
{
    /// <summary>How much of the start of a file the check reads.</summary>
    public const int HeadLength = 512;

    private static readonly byte[] Zip = "PK\x03\x04"u8.ToArray();
    private static readonly byte[] EmptyZip = "PK\x05\x06"u8.ToArray();

    private static readonly Dictionary<string, byte[][]> Magic = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ["%PDF-"u8.ToArray()],
        [".png"] = [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]],
        [".jpg"] = [[0xFF, 0xD8, 0xFF]],
        [".jpeg"] = [[0xFF, 0xD8, 0xFF]],
        // Office Open XML documents are zip archives.
        [".docx"] = [Zip],
        [".xlsx"] = [Zip],
        [".pptx"] = [Zip],
        [".zip"] = [Zip, EmptyZip],
        // AutoCAD drawings start "AC10" followed by the version digits.
        [".dwg"] = ["AC10"u8.ToArray()],
        [".step"] = ["ISO-10303-21"u8.ToArray()],
        [".stp"] = ["ISO-10303-21"u8.ToArray()],
        // Outlook messages are OLE compound files.
        [".msg"] = [[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]],
    };

    private static readonly HashSet<string> Text = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".csv", ".eml", ".dxf" };

    /// <param name="extension">The extension, with its dot.</param>
    /// <param name="head">Up to <see cref="HeadLength"/> bytes from the start of the file.</param>
    /// <returns>Whether the content fits the extension; false for an extension this check does not know.</returns>
    public static bool Matches(string extension, ReadOnlySpan<byte> head)
    {
        if (Magic.TryGetValue(extension, out var signatures))
        {
            foreach (var signature in signatures)
            {
                if (head.StartsWith(signature))
                {
                    return true;
                }
            }
            return false;
        }
        return Text.Contains(extension) && !head.Contains((byte)0);
    }
}

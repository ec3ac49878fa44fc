using System.Security.Cryptography;
using System.Text;

namespace Dyad.Data.Coding;

/// <summary>
/// Name-based GUIDs (RFC 9562 version 5): the same basis and name always give the same GUID. Used for the
/// parts of an exported project that have no row of their own (the whole-event selection, variables), so a
/// second export names them as the first did and a QDA tool sees the same objects again.
/// </summary>
internal static class DerivedGuid
{
    public static Guid From(Guid basis, string name)
    {
        var input = basis.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        var hash = SHA1.HashData(input)[..16];
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}

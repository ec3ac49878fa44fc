using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Dyad.Data.Coding;

/// <summary>
/// Reads the parts of <c>project.qde</c> that Dyad uses from a document that has passed the schema, so
/// required attributes are there and GUIDs, booleans and numbers are well formed. Pure: no database, no files.
/// </summary>
internal static class RefiQdaReader
{
    private static readonly XNamespace Ns = RefiQdaConventions.Namespace;

    public static QdaProject Read(XDocument document)
    {
        var project = document.Root ?? throw new InvalidOperationException("The document has no root element.");
        var sources = project.Element(Ns + "Sources")?.Elements().ToList() ?? [];
        return new QdaProject(
            (string?)project.Attribute("name") ?? "",
            (string?)project.Attribute("origin"),
            OptionalGuid(project.Attribute("creatingUserGUID")),
            null,
            (string?)project.Element(Ns + "Description"),
            project.Element(Ns + "Users")?.Elements(Ns + "User")
                .Select(u => new QdaUser(Guid((string)u.Attribute("guid")!), (string?)u.Attribute("name") ?? "")).ToList() ?? [],
            project.Element(Ns + "CodeBook")?.Element(Ns + "Codes")?.Elements(Ns + "Code").Select(Code).ToList() ?? [],
            [],
            sources.Where(s => s.Name == Ns + "TextSource").Select(TextSource).ToList(),
            sources.Where(s => s.Name != Ns + "TextSource")
                .Select(s => new QdaOtherSource(Guid((string)s.Attribute("guid")!), (string?)s.Attribute("name"), s.Name.LocalName)).ToList());
    }

    private static QdaCode Code(XElement code) =>
        new(Guid((string)code.Attribute("guid")!),
            (string)code.Attribute("name")!,
            XmlConvert.ToBoolean((string)code.Attribute("isCodable")!),
            (string?)code.Attribute("color"),
            (string?)code.Element(Ns + "Description"),
            code.Elements(Ns + "Code").Select(Code).ToList());

    private static QdaTextSource TextSource(XElement source) =>
        new(Guid((string)source.Attribute("guid")!),
            (string?)source.Attribute("name"),
            (string?)source.Element(Ns + "Description"),
            (string?)source.Attribute("plainTextPath"),
            (string?)source.Element(Ns + "PlainTextContent"),
            OptionalGuid(source.Attribute("creatingUser")),
            null,
            source.Elements(Ns + "PlainTextSelection").Select(Selection).ToList(),
            source.Elements(Ns + "Coding").Select(Coding).ToList(),
            []);

    private static QdaSelection Selection(XElement selection) =>
        new(Guid((string)selection.Attribute("guid")!),
            (string?)selection.Attribute("name"),
            Position((string)selection.Attribute("startPosition")!),
            Position((string)selection.Attribute("endPosition")!),
            OptionalGuid(selection.Attribute("creatingUser")),
            selection.Elements(Ns + "Coding").Select(Coding).ToList());

    private static QdaCoding Coding(XElement coding) =>
        new(Guid((string)coding.Attribute("guid")!),
            Guid((string)coding.Element(Ns + "CodeRef")!.Attribute("targetGUID")!),
            OptionalGuid(coding.Attribute("creatingUser")));

    /// <summary>
    /// The schema allows any integer; one beyond <see cref="long"/> is read as <see cref="long.MaxValue"/>, which
    /// the reference check then reports as outside the text.
    /// </summary>
    private static long Position(string text) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var position) ? position : long.MaxValue;

    private static Guid Guid(string text) => System.Guid.Parse(text.Trim());

    private static Guid? OptionalGuid(XAttribute? attribute) => attribute is null ? null : Guid(attribute.Value);
}

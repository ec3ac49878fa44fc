using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Dyad.Web.Tests.Coding;

/// <summary>A .qdpx file opened for the tests: its project XML, its text files, and a check against the published schema.</summary>
public sealed class QdpxFile
{
    public static readonly XNamespace Ns = "urn:QDA-XML:project:1.0";

    private QdpxFile(XDocument project, IReadOnlyDictionary<string, string> files, string projectXml)
    {
        Project = project;
        Files = files;
        ProjectXml = projectXml;
    }

    public XDocument Project { get; }

    /// <summary>Every entry but the project, by its name in the zip.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    public string ProjectXml { get; }

    public IEnumerable<XElement> TextSources => Project.Root!.Element(Ns + "Sources")?.Elements(Ns + "TextSource") ?? [];

    public IEnumerable<XElement> TopCodes => Project.Root!.Element(Ns + "CodeBook")!.Element(Ns + "Codes")!.Elements(Ns + "Code");

    public static QdpxFile Read(byte[] qdpx)
    {
        using var zip = new ZipArchive(new MemoryStream(qdpx), ZipArchiveMode.Read);
        var texts = zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
        var projectXml = texts["project.qde"];
        texts.Remove("project.qde");
        return new QdpxFile(XDocument.Parse(projectXml), texts, projectXml);
    }

    public string TextOf(XElement textSource) =>
        Files["Sources/" + ((string)textSource.Attribute("plainTextPath")!)["internal://".Length..]];

    /// <summary>What the schema finds wrong with the project; empty when it is valid.</summary>
    public IReadOnlyList<string> SchemaErrors()
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schema() };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} at {e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(ProjectXml), settings);
        while (reader.Read())
        {
        }
        return errors;
    }

    public static byte[] SchemaBytes() => Resource("Tests.Project-mrt2019.xsd");

    public static byte[] BlankAtlasProject() => Resource("Tests.blank-atlas-project.qdpx");

    /// <summary>A zip with the given entries, for hand-made and broken projects.</summary>
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The multipart form the import endpoint takes.</summary>
    public static MultipartFormDataContent Upload(byte[] file, string fileName = "project.qdpx")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { content, "file", fileName } };
    }

    private static XmlSchemaSet Schema()
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(XmlSchema.Read(new MemoryStream(SchemaBytes()), null)!);
        return schemas;
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(QdpxFile).Assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Dyad.Core.Common;

namespace Dyad.Data.Coding;

/// <summary>
/// A <c>.qdpx</c> file: a zip holding <c>project.qde</c> and the sources' files under <c>Sources/</c>. Opening
/// one checks that it is a zip, that it has a project and that the project follows the REFI-QDA schema,
/// so what is read afterwards has the shape the schema promises.
/// </summary>
internal sealed class RefiQdaPackage : IAsyncDisposable
{
    /// <summary>The name problems are reported under, the form field of the upload.</summary>
    public const string Field = "file";

    /// <summary>Entries are read into memory whole; the limit keeps a small zip that unpacks to gigabytes from doing so.</summary>
    private const long MaximumEntryBytes = 64L * 1024 * 1024;

    private const string SchemaResource = "Dyad.Data.Coding.Project-mrt2019.xsd";
    private const int ReportedSchemaProblems = 5;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ZipArchive _archive;
    private readonly MemoryStream _content;

    private RefiQdaPackage(ZipArchive archive, MemoryStream content, XDocument document)
    {
        _archive = archive;
        _content = content;
        Document = document;
    }

    public XDocument Document { get; }

    public static async Task WriteAsync(Stream output, XDocument project, IReadOnlyDictionary<string, string> sourceTexts, CancellationToken cancellationToken)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        await using (var entry = await zip.CreateEntry(RefiQdaConventions.ProjectEntry).OpenAsync(cancellationToken))
        await using (var writer = XmlWriter.Create(entry, new XmlWriterSettings { Async = true, Encoding = Utf8, Indent = true }))
        {
            await project.SaveAsync(writer, cancellationToken);
        }
        foreach (var (fileName, text) in sourceTexts)
        {
            await using var entry = await zip.CreateEntry(RefiQdaConventions.EntryName(fileName)).OpenAsync(cancellationToken);
            await entry.WriteAsync(Utf8.GetBytes(text), cancellationToken);
        }
    }

    /// <exception cref="DomainValidationException">The file is not a zip, has no project, or the project breaks the schema.</exception>
    public static async Task<RefiQdaPackage> OpenAsync(Stream input, CancellationToken cancellationToken)
    {
        // A zip is read from its directory at the end, so the reader seeks; an upload may not allow that (it
        // may be forward-only or fail on a seek before its start), so the file is read from a copy in memory.
        var copy = new MemoryStream();
        await input.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        ZipArchive archive;
        try
        {
            archive = await ZipArchive.CreateAsync(copy, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            await copy.DisposeAsync();
            throw Invalid("The file is not a REFI-QDA project (.qdpx): it is not a zip archive.");
        }
        try
        {
            var entry = ProjectEntry(archive)
                        ?? throw Invalid($"The zip archive holds no {RefiQdaConventions.ProjectEntry}, so it is not a REFI-QDA project (.qdpx).");
            return new RefiQdaPackage(archive, copy, Validated(await ReadAsync(entry, cancellationToken)));
        }
        catch
        {
            await archive.DisposeAsync();
            await copy.DisposeAsync();
            throw;
        }
    }

    /// <summary>The text of the package's file that an <c>internal://</c> path names; null when the package lacks it.</summary>
    public async Task<string?> ReadTextAsync(string internalPath, CancellationToken cancellationToken)
    {
        var fileName = internalPath[RefiQdaConventions.InternalScheme.Length..].Trim();
        if (fileName.Length == 0)
        {
            return null;
        }
        var wanted = RefiQdaConventions.EntryName(fileName);
        // Tools disagree on the folder's case ("Sources", "sources") and some leave it out.
        var entry = _archive.Entries.FirstOrDefault(e => string.Equals(Normalized(e.FullName), wanted, StringComparison.OrdinalIgnoreCase))
                    ?? SingleOrNone(_archive.Entries.Where(e => string.Equals(Path.GetFileName(Normalized(e.FullName)), fileName, StringComparison.OrdinalIgnoreCase)));
        if (entry is null)
        {
            return null;
        }
        using var reader = new StreamReader(new MemoryStream(await ReadAsync(entry, cancellationToken)), Utf8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    public static bool IsInternal(string? path) =>
        path is not null && path.StartsWith(RefiQdaConventions.InternalScheme, StringComparison.OrdinalIgnoreCase);

    public async ValueTask DisposeAsync()
    {
        await _archive.DisposeAsync();
        await _content.DisposeAsync();
    }

    public static DomainValidationException Invalid(string message) => DomainValidationException.For(Field, message);

    /// <summary>The standard names it project.qde; some tools give it the project's name, so a lone .qde at the top will do.</summary>
    private static ZipArchiveEntry? ProjectEntry(ZipArchive archive) =>
        archive.Entries.FirstOrDefault(e => string.Equals(Normalized(e.FullName), RefiQdaConventions.ProjectEntry, StringComparison.OrdinalIgnoreCase))
        ?? SingleOrNone(archive.Entries.Where(e => !Normalized(e.FullName).Contains('/') && e.FullName.EndsWith(".qde", StringComparison.OrdinalIgnoreCase)));

    private static XDocument Validated(byte[] project)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = Schema(),
        };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && problems.Count < ReportedSchemaProblems)
            {
                problems.Add($"{RefiQdaConventions.ProjectEntry} does not follow the REFI-QDA project schema at line {e.Exception.LineNumber}, " +
                             $"position {e.Exception.LinePosition}: {e.Message}");
            }
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(project), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw Invalid($"{RefiQdaConventions.ProjectEntry} is not well-formed XML: {e.Message}");
        }
        // The validator only warns about a root it has no schema for, so another root is caught here.
        var root = document.Root!.Name;
        if (root != XName.Get("Project", RefiQdaConventions.Namespace))
        {
            throw Invalid($"{RefiQdaConventions.ProjectEntry} starts with <{root.LocalName}> in '{root.NamespaceName}'; a REFI-QDA project " +
                          $"starts with <Project> in '{RefiQdaConventions.Namespace}'.");
        }
        if (problems.Count > 0)
        {
            throw new DomainValidationException(new Dictionary<string, string[]> { [Field] = [.. problems] });
        }
        return document;
    }

    private static XmlSchemaSet Schema()
    {
        using var stream = typeof(RefiQdaPackage).Assembly.GetManifestResourceStream(SchemaResource)
                           ?? throw new InvalidOperationException($"The embedded schema {SchemaResource} is missing from the build.");
        var schemas = new XmlSchemaSet { XmlResolver = null };
        schemas.Add(XmlSchema.Read(stream, null)!);
        schemas.Compile();
        return schemas;
    }

    private static async Task<byte[]> ReadAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await entry.OpenAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaximumEntryBytes)
                {
                    throw Invalid($"{entry.FullName} unpacks to more than {MaximumEntryBytes / 1024 / 1024} MB, more than Dyad reads from a project.");
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw Invalid($"The zip archive is damaged: {entry.FullName} cannot be unpacked.");
        }
    }

    private static string Normalized(string entryName) => entryName.Replace('\\', '/').TrimStart('/');

    private static ZipArchiveEntry? SingleOrNone(IEnumerable<ZipArchiveEntry> entries)
    {
        var found = entries.Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}

using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Events;

/// <summary>
/// Evidence files live in the data folder, outside the web root, under a random name; only their metadata
/// is in the database. Size and type (by name and by content) are limited so the folder holds documents, not anything at all.
/// </summary>
public sealed class EvidenceFiles(DatabaseSettings settings)
{
    public const long MaximumBytes = 20 * 1024 * 1024;

    private static readonly Dictionary<string, string> AllowedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".txt"] = "text/plain",
        [".md"] = "text/markdown",
        [".csv"] = "text/csv",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".msg"] = "application/vnd.ms-outlook",
        [".eml"] = "message/rfc822",
    };

    private string Folder => Path.Combine(settings.DataDirectory, "evidence");

    public static string AllowedExtensions => string.Join(", ", AllowedTypes.Keys);

    public async Task<StoredFile> SaveAsync(string fileName, Stream content, long length, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        var extension = Path.GetExtension(name);
        if (name.Length == 0 || !AllowedTypes.TryGetValue(extension, out var contentType))
        {
            throw DomainValidationException.For("File", $"Files of type '{extension}' are not accepted; use one of {AllowedExtensions}.");
        }
        if (length > MaximumBytes)
        {
            throw DomainValidationException.For("File", $"The file is {length / 1024 / 1024} MB; the limit is {MaximumBytes / 1024 / 1024} MB.");
        }
        if (length == 0)
        {
            throw DomainValidationException.For("File", "The file is empty.");
        }
        Directory.CreateDirectory(Folder);
        var storageName = $"{Guid.NewGuid():N}{extension.ToLowerInvariant()}";
        var path = Path.Combine(Folder, storageName);
        await CheckedUpload.SaveAsync(content, extension, MaximumBytes, path, cancellationToken);
        return new StoredFile(name.Length > 255 ? name[^255..] : name, contentType, length, storageName);
    }

    /// <summary>The stored file, or null when it is no longer in the data folder (removed by hand, or a restore without it).</summary>
    public Stream? Open(StoredFile file)
    {
        var path = Path.Combine(Folder, Path.GetFileName(file.StorageName));
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    /// <summary>
    /// The files behind some evidence, read before a delete whose database cascade removes the rows but
    /// cannot reach the data folder; pass them to <see cref="Delete(IEnumerable{StoredFile})"/> once it succeeded.
    /// </summary>
    public static async Task<IReadOnlyList<StoredFile>> UnderAsync(IQueryable<Evidence> evidence, CancellationToken cancellationToken) =>
        (await evidence.AsNoTracking().ToListAsync(cancellationToken)).Select(e => e.File).OfType<StoredFile>().ToList();

    public void Delete(IEnumerable<StoredFile> stored)
    {
        foreach (var file in stored)
        {
            Delete(file);
        }
    }

    public void Delete(StoredFile file)
    {
        var path = Path.Combine(Folder, Path.GetFileName(file.StorageName));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}

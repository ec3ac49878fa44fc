using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Data.Security;

namespace Dyad.Data.Portal;

/// <summary>
/// Document versions live in the portal's storage folder, outside the web root, under random names; the database keeps
/// their name, type and size. Only the types a project's paperwork comes in are accepted, checked by content as well as name.
/// </summary>
public sealed class PortalFiles(PortalSettings settings)
{
    private static readonly Dictionary<string, string> AllowedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".dwg"] = "image/vnd.dwg",
        [".dxf"] = "image/vnd.dxf",
        [".step"] = "model/step",
        [".stp"] = "model/step",
        [".zip"] = "application/zip",
    };

    public static string AllowedExtensions => string.Join(", ", AllowedTypes.Keys);

    public long MaximumBytes => settings.MaximumBytes;

    /// <summary>Refuses a file by its name and length before anything is written.</summary>
    public FieldErrors Check(string fileName, long length)
    {
        var errors = new FieldErrors();
        var extension = Path.GetExtension(Path.GetFileName(fileName ?? "").Trim());
        if (!AllowedTypes.ContainsKey(extension))
        {
            errors.Add("File", $"Files of type '{extension}' are not accepted; use one of {AllowedExtensions}.");
        }
        else if (length > settings.MaximumBytes)
        {
            errors.Add("File", $"The file is {length / 1024.0 / 1024.0:0.#} MB; the limit is {settings.MaximumBytes / 1024 / 1024} MB.");
        }
        else if (length == 0)
        {
            errors.Add("File", "The file is empty.");
        }
        return errors;
    }

    public async Task<StoredFile> SaveAsync(UploadedFile file, CancellationToken cancellationToken)
    {
        Check(file.FileName, file.Length).ThrowIfAny();
        var name = Path.GetFileName(file.FileName).Trim();
        var extension = Path.GetExtension(name);
        Directory.CreateDirectory(settings.StorageFolder);
        var storageName = $"{Guid.NewGuid():N}{extension.ToLowerInvariant()}";
        await CheckedUpload.SaveAsync(file.Content, extension, settings.MaximumBytes, Path.Combine(settings.StorageFolder, storageName), cancellationToken);
        return new StoredFile(name.Length > 255 ? name[^255..] : name, AllowedTypes[extension], file.Length, storageName);
    }

    /// <summary>The stored file, or null when it is no longer in the folder.</summary>
    public Stream? Open(StoredFile file)
    {
        var path = Path.Combine(settings.StorageFolder, Path.GetFileName(file.StorageName));
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    public void Delete(StoredFile file)
    {
        var path = Path.Combine(settings.StorageFolder, Path.GetFileName(file.StorageName));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}

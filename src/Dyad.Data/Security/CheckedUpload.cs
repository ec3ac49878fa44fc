using Dyad.Core.Common;
using Dyad.Core.Security;

namespace Dyad.Data.Security;

/// <summary>
/// Writes an uploaded file to storage only when its content is of the type its extension names, and stops (removing
/// the partial file) once it grows past the limit, whatever length the client announced.
/// </summary>
public static class CheckedUpload
{
    public static async Task SaveAsync(Stream content, string extension, long maximumBytes, string path, CancellationToken cancellationToken)
    {
        var head = new byte[FileSignatures.HeadLength];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (!FileSignatures.Matches(extension, head.AsSpan(0, read)))
        {
            throw DomainValidationException.For("File", $"The file's content is not that of a {extension} file.");
        }
        var complete = false;
        try
        {
            await using (var target = File.Create(path))
            {
                await target.WriteAsync(head.AsMemory(0, read), cancellationToken);
                long total = read;
                var buffer = new byte[81920];
                int chunk;
                while ((chunk = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += chunk;
                    if (total > maximumBytes)
                    {
                        throw DomainValidationException.For("File", $"The file is larger than the limit of {maximumBytes / 1024 / 1024} MB.");
                    }
                    await target.WriteAsync(buffer.AsMemory(0, chunk), cancellationToken);
                }
            }
            complete = true;
        }
        finally
        {
            if (!complete)
            {
                File.Delete(path);
            }
        }
    }
}

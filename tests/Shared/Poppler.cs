using System.Diagnostics;

namespace Dyad.Tests.Shared;

/// <summary>Debian's poppler-utils, the reference reader the tests hold Dyad's PDFs against (test.sh installs them).</summary>
internal static class Poppler
{
    /// <summary>The text of the whole document, pages separated by form feeds, in reading layout.</summary>
    public static async Task<string> TextAsync(byte[] pdf) =>
        await WithFileAsync(pdf, async path => (await RunAsync("pdftotext", "-layout", path, "-")).Output);

    /// <summary>Page <paramref name="page"/> (from 1) rendered to a greyscale image at 40 dpi: its pixels, 0 black to 255 white.</summary>
    public static async Task<byte[]> RenderGreyAsync(byte[] pdf, int page) =>
        await WithFileAsync(pdf, async path =>
        {
            var prefix = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path));
            await RunAsync("pdftoppm", "-gray", "-r", "40", "-f", page.ToString(), "-l", page.ToString(), "-singlefile", path, prefix);
            var image = await File.ReadAllBytesAsync(prefix + ".pgm");
            File.Delete(prefix + ".pgm");
            return Pgm.Pixels(image);
        });

    public static async Task<int> PageCountAsync(byte[] pdf)
    {
        var line = (await InfoAsync(pdf)).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim());
    }

    /// <summary>What pdfinfo reports: the document's properties, or with "-dests" its named destinations.</summary>
    public static async Task<string> InfoAsync(byte[] pdf, params string[] options) =>
        await WithFileAsync(pdf, async path => (await RunAsync("pdfinfo", [.. options, path])).Output);

    private static async Task<T> WithFileAsync<T>(byte[] pdf, Func<string, Task<T>> read)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            return await read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(string Output, string Error)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await error}");
        }
        return (await output, await error);
    }
}

/// <summary>Reads a binary greyscale PGM (P5), as pdftoppm -gray writes it.</summary>
internal static class Pgm
{
    public static byte[] Pixels(byte[] file)
    {
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }
            var start = position;
            while (!char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }
            return System.Text.Encoding.ASCII.GetString(file, start, position - start);
        }
        Assert.Equal("P5", Token());
        var width = int.Parse(Token());
        var height = int.Parse(Token());
        Assert.Equal("255", Token());
        position++;
        return file[position..(position + width * height)];
    }
}

using SkiaSharp;

namespace Dyad.Documents.Skia;

/// <summary>The document's details a PDF reader shows in its properties.</summary>
internal sealed record PdfInfo(string Title, string? Author, DateTime Created);

/// <summary>
/// The drawing back end, and the only code that knows Skia: it measures text with the shipped DejaVu faces and draws
/// pages into a PDF through <see cref="SKDocument"/>, which embeds the faces used (subset, with a Unicode map, so text
/// extracts as written). One instance serves one document; the typefaces are loaded once per process.
/// </summary>
internal sealed class SkiaPdf : ITextMeasure, IDisposable
{
    /// <summary>Skia's own slant for a synthetic oblique, a quarter of the height.</summary>
    private const float SyntheticSlant = -0.25f;

    private static readonly Lazy<IReadOnlyDictionary<(bool Bold, bool Italic), SKTypeface>> Typefaces = new(() =>
        new[] { (false, false), (true, false), (false, true) }.ToDictionary(style => style, style =>
        {
            using var stream = DocumentFonts.Open(style.Item1, style.Item2);
            return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"Skia cannot read the {style} face.");
        }));

    private readonly Dictionary<DocumentFont, SKFont> _fonts = [];

    public double Width(string text, DocumentFont font) => Font(font).MeasureText(text);

    /// <summary>Writes one PDF page per drawing, each A4-sized as <see cref="DocumentStyle"/> sets it.</summary>
    public void Write(Stream output, PdfInfo info, IEnumerable<Action<IPageCanvas>> pages)
    {
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = info.Title;
        metadata.Author = info.Author;
        metadata.Creator = "Dyad";
        metadata.Creation = info.Created;
        metadata.Modified = info.Created;
        using var document = SKDocument.CreatePdf(output, metadata)
                             ?? throw new InvalidOperationException("Skia could not start a PDF document.");
        foreach (var draw in pages)
        {
            var canvas = document.BeginPage((float)DocumentStyle.PageWidth, (float)DocumentStyle.PageHeight);
            draw(new Page(canvas, this));
            document.EndPage();
        }
        document.Close();
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
        _fonts.Clear();
    }

    private SKFont Font(DocumentFont font)
    {
        if (!_fonts.TryGetValue(font, out var skia))
        {
            var slanted = DocumentFonts.SlantedFromUpright(font.Bold, font.Italic);
            skia = new SKFont(Typefaces.Value[(font.Bold, font.Italic && !slanted)], (float)font.Size)
            {
                // Unhinted, subpixel-positioned outlines measure exactly as the embedded glyphs print in a PDF.
                Hinting = SKFontHinting.None,
                Subpixel = true,
                LinearMetrics = true,
                SkewX = slanted ? SyntheticSlant : 0,
            };
            _fonts[font] = skia;
        }
        return skia;
    }

    private static SKColor Colour(Rgb colour) => new(colour.R, colour.G, colour.B);

    private sealed class Page(SKCanvas canvas, SkiaPdf fonts) : IPageCanvas
    {
        public void Text(string text, DocumentFont font, Rgb colour, double x, double top)
        {
            var skia = fonts.Font(font);
            using var paint = new SKPaint { Color = Colour(colour), IsAntialias = true };
            // Skia places text by its baseline; the ascent (negative, upwards) turns the line's top into it.
            canvas.DrawText(text, (float)x, (float)top - skia.Metrics.Ascent, SKTextAlign.Left, skia, paint);
        }

        public void Line(double x1, double y1, double x2, double y2, double width, Rgb colour, bool dotted = false)
        {
            using var dots = dotted ? SKPathEffect.CreateDash([(float)width, 2 * (float)width], 0) : null;
            using var paint = new SKPaint { Color = Colour(colour), StrokeWidth = (float)width, Style = SKPaintStyle.Stroke, IsAntialias = true, PathEffect = dots };
            canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
        }

        public void Fill(double x, double y, double width, double height, Rgb colour)
        {
            using var paint = new SKPaint { Color = Colour(colour), Style = SKPaintStyle.Fill, IsAntialias = true };
            canvas.DrawRect((float)x, (float)y, (float)width, (float)height, paint);
        }

        public void Polyline(IReadOnlyList<(double X, double Y)> points, double width, Rgb colour)
        {
            using var paint = new SKPaint
            {
                Color = Colour(colour), StrokeWidth = (float)width, Style = SKPaintStyle.Stroke, IsAntialias = true,
                StrokeJoin = SKStrokeJoin.Round, StrokeCap = SKStrokeCap.Round,
            };
            using var path = Path(points, close: false);
            canvas.DrawPath(path, paint);
        }

        public void Polygon(IReadOnlyList<(double X, double Y)> points, Rgb colour, double opacity = 1)
        {
            using var paint = new SKPaint { Color = Colour(colour).WithAlpha((byte)Math.Round(Math.Clamp(opacity, 0, 1) * 255)), Style = SKPaintStyle.Fill, IsAntialias = true };
            using var path = Path(points, close: true);
            canvas.DrawPath(path, paint);
        }

        public void Dot(double x, double y, double radius, Rgb colour)
        {
            using var paint = new SKPaint { Color = Colour(colour), Style = SKPaintStyle.Fill, IsAntialias = true };
            canvas.DrawCircle((float)x, (float)y, (float)radius, paint);
        }

        private static SKPath Path(IReadOnlyList<(double X, double Y)> points, bool close)
        {
            using var builder = new SKPathBuilder();
            foreach (var (index, (x, y)) in points.Index())
            {
                if (index == 0)
                {
                    builder.MoveTo((float)x, (float)y);
                }
                else
                {
                    builder.LineTo((float)x, (float)y);
                }
            }
            if (close)
            {
                builder.Close();
            }
            return builder.Detach();
        }

        public void Destination(string name, double x, double y) =>
            canvas.DrawNamedDestinationAnnotation(new SKPoint((float)x, (float)y), name);

        public void Link(string destination, double x, double y, double width, double height) =>
            canvas.DrawLinkDestinationAnnotation(SKRect.Create((float)x, (float)y, (float)width, (float)height), destination);
    }
}

namespace Dyad.Documents;

/// <summary>A colour as red, green and blue from 0 to 255.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>A colour written <c>#RRGGBB</c>, as the dashboards' palette gives it.</summary>
    public static Rgb Parse(string hex) =>
        new(Convert.ToByte(hex.Substring(1, 2), 16), Convert.ToByte(hex.Substring(3, 2), 16), Convert.ToByte(hex.Substring(5, 2), 16));
}

/// <summary>The document's one typeface (<see cref="DocumentFonts"/>) at a size in points, in one of its styles.</summary>
internal readonly record struct DocumentFont(double Size, bool Bold = false, bool Italic = false);

/// <summary>How wide text sets, which is all layout needs to know of the drawing back end.</summary>
internal interface ITextMeasure
{
    double Width(string text, DocumentFont font);
}

/// <summary>
/// What layout draws on a page, in points with y running down from the page's top edge. Text is placed by the top of
/// its line, so a line's height alone decides where the next one goes.
/// </summary>
internal interface IPageCanvas
{
    void Text(string text, DocumentFont font, Rgb colour, double x, double top);

    void Line(double x1, double y1, double x2, double y2, double width, Rgb colour, bool dotted = false);

    void Fill(double x, double y, double width, double height, Rgb colour);

    /// <summary>A line through the points in order, with round joins.</summary>
    void Polyline(IReadOnlyList<(double X, double Y)> points, double width, Rgb colour);

    /// <summary>The area the points enclose, filled in the colour at <paramref name="opacity"/> (0-1).</summary>
    void Polygon(IReadOnlyList<(double X, double Y)> points, Rgb colour, double opacity = 1);

    void Dot(double x, double y, double radius, Rgb colour);

    /// <summary>Names a point on this page so a link (or a reader given <c>#nameddest=</c>) can jump to it.</summary>
    void Destination(string name, double x, double y);

    /// <summary>Makes an area of this page a link to a named destination.</summary>
    void Link(string destination, double x, double y, double width, double height);
}

namespace Dyad.Documents;

/// <summary>The page and type settings every document shares: A4 portrait, one typeface, a sober blue accent.</summary>
internal static class DocumentStyle
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double MarginLeft = 62;
    public const double MarginRight = 62;
    public const double MarginTop = 64;
    public const double MarginBottom = 70;
    public const double ContentWidth = PageWidth - MarginLeft - MarginRight;
    public const double ContentBottom = PageHeight - MarginBottom;

    public const double BodySize = 10.5;
    public const double SmallSize = 8.5;

    /// <summary>Leading as a multiple of the type size, generous enough for DejaVu's tall ascenders.</summary>
    public const double Leading = 1.4;

    public const double ParagraphSpacing = 6;
    public const double Indent = 16;

    public static readonly Rgb Accent = new(31, 78, 121);
    public static readonly Rgb Muted = new(96, 104, 112);
    public static readonly Rgb Rule = new(200, 206, 212);
    public static readonly Rgb Shade = new(234, 240, 246);
    public static readonly Rgb Text = new(28, 30, 33);

    public static DocumentFont Font(double size, bool bold = false, bool italic = false) => new(size, bold, italic);

    public static double LineHeight(double size) => size * Leading;

    public static (double Size, double Before, double After) Heading(int level) => level switch
    {
        1 => (19, 0, 12),
        2 => (13.5, 14, 6),
        _ => (11.5, 10, 4),
    };
}

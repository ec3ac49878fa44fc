namespace Dyad.Documents;

/// <summary>A piece of one line set in one font, at <see cref="X"/> from the line's start.</summary>
internal sealed record LineSegment(string Text, DocumentFont Font, double X);

/// <summary>One laid-out line of text.</summary>
internal sealed record TextLine(IReadOnlyList<LineSegment> Segments);

/// <summary>
/// Greedy line breaking of styled runs at spaces; a word wider than the line is cut between characters, a newline
/// forces a break. Words of one style that end up side by side are joined into one segment, so a PDF reader extracts
/// the text as written.
/// </summary>
internal static class TextWrap
{
    public static IReadOnlyList<TextLine> Lines(ITextMeasure measure, IEnumerable<TextRun> runs, double size, double width, bool forceItalic = false)
    {
        var lines = new List<TextLine>();
        var current = new List<LineSegment>();
        var x = 0.0;
        var pendingSpace = false;

        void Break()
        {
            lines.Add(new TextLine(current));
            current = [];
            x = 0;
            pendingSpace = false;
        }

        void Place(string word, DocumentFont font)
        {
            var space = pendingSpace && current.Count > 0 ? measure.Width(" ", font) : 0;
            var wordWidth = measure.Width(word, font);
            if (x + space + wordWidth > width && current.Count > 0)
            {
                Break();
                space = 0;
            }
            if (wordWidth > width)
            {
                foreach (var piece in Cut(measure, word, font, width))
                {
                    if (current.Count > 0)
                    {
                        Break();
                    }
                    Append(piece, font, 0);
                }
                return;
            }
            Append(word, font, space);
        }

        void Append(string text, DocumentFont font, double space)
        {
            if (current.Count > 0 && current[^1].Font == font)
            {
                var last = current[^1];
                var joined = last.Text + (space > 0 ? " " : "") + text;
                current[^1] = last with { Text = joined };
                x = last.X + measure.Width(joined, font);
            }
            else
            {
                current.Add(new LineSegment(text, font, x + space));
                x += space + measure.Width(text, font);
            }
            pendingSpace = false;
        }

        foreach (var run in runs)
        {
            var font = DocumentStyle.Font(size, run.Bold, run.Italic || forceItalic);
            var paragraphs = run.Text.Replace("\r\n", "\n").Split('\n');
            foreach (var (index, text) in paragraphs.Index())
            {
                if (index > 0)
                {
                    Break();
                }
                if (text.Length > 0 && char.IsWhiteSpace(text[0]))
                {
                    pendingSpace = true;
                }
                foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    Place(word, font);
                    pendingSpace = true;
                }
                if (text.Length > 0 && !char.IsWhiteSpace(text[^1]))
                {
                    pendingSpace = false;
                }
            }
        }
        if (current.Count > 0 || lines.Count == 0)
        {
            lines.Add(new TextLine(current));
        }
        return lines;
    }

    /// <summary>The width of the widest single line the text would take unwrapped.</summary>
    public static double NaturalWidth(ITextMeasure measure, string text, DocumentFont font) =>
        text.Split('\n').Max(line => measure.Width(line, font));

    private static IEnumerable<string> Cut(ITextMeasure measure, string word, DocumentFont font, double width)
    {
        var start = 0;
        while (start < word.Length)
        {
            var length = 1;
            while (start + length < word.Length && measure.Width(word.Substring(start, length + 1), font) <= width)
            {
                length++;
            }
            yield return word.Substring(start, length);
            start += length;
        }
    }
}

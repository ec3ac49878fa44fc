namespace Dyad.Documents;

/// <summary>What one page will draw, recorded during layout and replayed once every page number is known.</summary>
internal sealed class PageDraft
{
    public List<Action<IPageCanvas>> Drawings { get; } = [];
}

/// <summary>
/// A heading's number, text, level and where it landed (page index from 0, y on the page), and the name of the PDF
/// destination there that the contents link to.
/// </summary>
internal sealed record PlacedHeading(string Number, string Text, int Level, int PageIndex, double Y, string Destination)
{
    public string Label => Number.Length == 0 ? Text : $"{Number}  {Text}";
}

/// <summary>
/// The body's layout cursor: the page being filled and the height used on it. A block asks for the room it needs
/// (<see cref="Reserve"/>) and moves to a new page when the rest of this one is too short.
/// </summary>
internal sealed class PageFlow(int firstPageIndex)
{
    private readonly List<PageDraft> _pages = [new()];

    public double Y { get; private set; } = DocumentStyle.MarginTop;

    public IReadOnlyList<PageDraft> Pages => _pages;

    public int PageIndex => firstPageIndex + _pages.Count - 1;

    public bool PageIsEmpty => Y <= DocumentStyle.MarginTop && _pages[^1].Drawings.Count == 0;

    public double Remaining => DocumentStyle.ContentBottom - Y;

    /// <summary>Starts a new page unless <paramref name="height"/> fits on this one; true when it started one.</summary>
    public bool Reserve(double height)
    {
        if (height <= Remaining || PageIsEmpty)
        {
            return false;
        }
        NewPage();
        return true;
    }

    public void NewPage()
    {
        _pages.Add(new PageDraft());
        Y = DocumentStyle.MarginTop;
    }

    public void Draw(Action<IPageCanvas> drawing) => _pages[^1].Drawings.Add(drawing);

    public void Advance(double height) => Y += height;

    /// <summary>Vertical space between blocks; none at the top of a page.</summary>
    public void Space(double height)
    {
        if (!PageIsEmpty)
        {
            Y = Math.Min(Y + height, DocumentStyle.ContentBottom);
        }
    }
}

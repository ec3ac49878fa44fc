namespace Dyad.Data.Common;

/// <summary>A page of results with the total, so lists can show "21-40 of 134".</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}

public sealed record PageRequest(int PageNumber = 1, int PageSize = PageRequest.DefaultSize)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 200;

    public int Skip => (Normalized.PageNumber - 1) * Normalized.PageSize;

    /// <summary>Out-of-range requests are clamped rather than refused: page 0 is page 1, 10,000 rows are 200.</summary>
    public PageRequest Normalized => new(Math.Max(1, PageNumber), Math.Clamp(PageSize, 1, MaxSize));
}

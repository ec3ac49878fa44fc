using Dyad.Data.Common;
using Dyad.Web.Tests.Infrastructure;

namespace Dyad.Web.Tests.Api;

/// <summary>Reads a paged list the way a client does: page after page, by the cursor each page gives.</summary>
public static class Pages
{
    /// <summary>
    /// Follows nextCursor to the end, checking that the Link header points at the same next page and is absent on the
    /// last, and runs <paramref name="between"/> after each page but the last.
    /// </summary>
    public static async Task<List<T>> WalkAsync<T>(HttpClient client, string url, Func<int, Task>? between = null)
    {
        var rows = new List<T>();
        var separator = url.Contains('?') ? '&' : '?';
        string? cursor = null;
        for (var page = 0; ; page++)
        {
            var response = await client.GetAsync(cursor is null ? url : $"{url}{separator}cursor={cursor}");
            var body = await response.ReadAsync<CursorPage<T>>();
            rows.AddRange(body.Items);
            if (body.NextCursor is null)
            {
                Assert.False(response.Headers.Contains("Link"));
                return rows;
            }
            var link = Assert.Single(response.Headers.GetValues("Link"));
            Assert.Contains($"cursor={body.NextCursor}", link);
            Assert.EndsWith("rel=\"next\"", link);
            cursor = body.NextCursor;
            if (between is not null)
            {
                await between(page);
            }
        }
    }
}

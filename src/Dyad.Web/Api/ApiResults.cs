namespace Dyad.Web.Api;

internal static class ApiResults
{
    /// <summary>The status a handler's result will answer with, looking inside <c>Results&lt;...&gt;</c> unions; a plain value is 200.</summary>
    public static int? StatusOf(object? result) => result switch
    {
        INestedHttpResult nested => StatusOf(nested.Result),
        IStatusCodeHttpResult status => status.StatusCode ?? StatusCodes.Status200OK,
        IResult => null,
        _ => StatusCodes.Status200OK,
    };
}

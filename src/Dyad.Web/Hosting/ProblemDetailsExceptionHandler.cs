using System.Text.Json;
using Dyad.Core.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Web.Hosting;

/// <summary>
/// Turns the domain's refusals into RFC 7807 problem details in one place: broken rules are 400 with the
/// offending fields, clashes with stored data 409, unreadable bodies 400 naming the JSON path.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            DomainValidationException invalid => new HttpValidationProblemDetails(
                invalid.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value))
            {
                Title = "The request is not valid.",
                Detail = invalid.Message,
                Status = StatusCodes.Status400BadRequest,
            },
            ConflictException conflict => new ProblemDetails
            {
                Title = "The request conflicts with the current data.",
                Detail = conflict.Message,
                Status = StatusCodes.Status409Conflict,
            },
            // Two saves of one row at once: the row version let one through; the other must not overwrite it unseen.
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Title = "Someone else changed this at the same moment.",
                Detail = "Nothing was saved. Reload it, then make your change again.",
                Status = StatusCodes.Status409Conflict,
            },
            ForbiddenException forbidden => new ProblemDetails
            {
                Title = "You may not change this.",
                Detail = forbidden.Message,
                Status = StatusCodes.Status403Forbidden,
            },
            BadHttpRequestException badRequest => FromBadRequest(badRequest),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            return false;
        }
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails FromBadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { } path } json)
        {
            var field = path.TrimStart('$', '.');
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [string.IsNullOrEmpty(field) ? "body" : field] = [ReadableJsonError(json)],
            })
            {
                Title = "The request body could not be read.",
                Status = StatusCodes.Status400BadRequest,
            };
        }
        return new ProblemDetails
        {
            Title = "The request could not be read.",
            Detail = exception.Message,
            Status = exception.StatusCode,
        };
    }

    private static string ReadableJsonError(JsonException json) =>
        json.Message.Split(" Path:", 2)[0].Replace("The JSON value could not be converted to", "The value is not a valid");
}

using LKvitai.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace LKvitai.Api.Problems;

/// <summary>
/// Turns exceptions into problem details: malformed or oversized requests keep their 4xx, a lost race on a unique key
/// is a 409, everything else a 500 that reveals nothing of the internals (the trace id finds it in the logs).
/// </summary>
internal sealed partial class UnexpectedExceptionHandler(IProblemDetailsService problems, ILogger<UnexpectedExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        switch (exception)
        {
            case BadHttpRequestException bad:
                var error = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? ProblemResults.ErrorForStatus(StatusCodes.Status413PayloadTooLarge)
                    : new Error("request.malformed", "The request could not be read", ErrorKind.Validation,
                        "Check that the body is valid JSON with the documented fields and types.");
                problem = ProblemResults.ToProblemDetails(error, httpContext);
                problem.Status = bad.StatusCode;
                break;
            case Microsoft.EntityFrameworkCore.DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } }:
            case Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException:
                problem = ProblemResults.ToProblemDetails(
                    Error.Conflict("conflict.concurrent_change", "Someone else changed this at the same time; reload and try again"),
                    httpContext);
                break;
            case PostgresException { SqlState: PostgresErrorCodes.QueryCanceled or PostgresErrorCodes.LockNotAvailable }:
            case PostgresException { SqlState: PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow }:
            case NpgsqlException { InnerException: TimeoutException }:
                // The database gave up waiting (statement timeout, e.g. behind a long lock) or has no connection to spare:
                // the step that failed wrote nothing, and a repeat with the same command id finishes what is left, once.
                problem = ProblemResults.ToProblemDetails(
                    new Error("server.busy", "The warehouse system is busy; try again in a moment", ErrorKind.Unavailable,
                        "Repeat the request with the same command id: nothing is done twice."),
                    httpContext);
                httpContext.Response.Headers.RetryAfter = "2";
                break;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true; // the client went away; nobody to answer
            default:
                LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
                problem = ProblemResults.ToProblemDetails(
                    new Error("server.error", "Something went wrong on our side", ErrorKind.Unexpected,
                        "The error was logged. Quote the trace id when you report it."),
                    httpContext);
                break;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}

using System.Diagnostics;
using LKvitai.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace LKvitai.Api.Problems;

/// <summary>
/// The one place where outcomes become HTTP: business errors (values) and framework failures alike are RFC 7807
/// problem details with a stable <c>code</c>, a <c>traceId</c> and, for validation, field <c>errors</c>.
/// </summary>
public static class ProblemResults
{
    public static int StatusFor(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.FeatureDisabled => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.BusinessRule => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorKind.RequestTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ErrorKind.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static ProblemDetails ToProblemDetails(Error error, HttpContext? context = null)
    {
        var problem = new ProblemDetails
        {
            Type = TypeFor(error.Code),
            Title = error.Title,
            Status = StatusFor(error.Kind),
            Detail = error.Detail,
        };
        problem.Extensions["code"] = error.Code;
        if (error.FieldErrors is { Count: > 0 })
        {
            problem.Extensions["errors"] = error.FieldErrors;
        }

        if (context is not null)
        {
            problem.Extensions["traceId"] = TraceId(context);
        }

        return problem;
    }

    public static IResult Problem(Error error, HttpContext context) =>
        Results.Problem(ToProblemDetails(error, context));

    public static Error ErrorForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => new("request.invalid", "The request is not valid", ErrorKind.Validation),
        StatusCodes.Status401Unauthorized => new("auth.unauthenticated", "Sign in to continue", ErrorKind.Unauthenticated),
        StatusCodes.Status403Forbidden => new("auth.forbidden", "You do not have permission to do this", ErrorKind.Forbidden),
        StatusCodes.Status404NotFound => new("route.not_found", "There is nothing at this address", ErrorKind.NotFound),
        StatusCodes.Status405MethodNotAllowed => new("route.method_not_allowed", "This method is not allowed here", ErrorKind.MethodNotAllowed),
        StatusCodes.Status413PayloadTooLarge => new("request.too_large", "The request body is too large", ErrorKind.RequestTooLarge),
        StatusCodes.Status415UnsupportedMediaType => new("request.unsupported_media_type", "Send the body as application/json", ErrorKind.UnsupportedMediaType),
        StatusCodes.Status429TooManyRequests => new("rate_limited", "Too many requests; wait a moment and try again", ErrorKind.TooManyRequests),
        _ => new("server.error", "Something went wrong on our side", ErrorKind.Unexpected),
    };

    public static string TypeFor(string code) => $"https://lkvitai.local/problems/{code.Replace('.', '/')}";

    public static string TraceId(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
}

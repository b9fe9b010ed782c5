namespace LKvitai.Domain.Common;

/// <summary>How an expected failure maps onto the outside world (HTTP status, SPA message).</summary>
public enum ErrorKind
{
    Validation,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    BusinessRule,
    FeatureDisabled,
    TooManyRequests,

    // Failures of the request itself rather than of a business rule.
    RequestTooLarge,
    UnsupportedMediaType,
    MethodNotAllowed,
    Unavailable,
    Unexpected,
}

/// <summary>
/// An expected business outcome that is not success. <see cref="Code"/> is stable: clients branch on it;
/// <see cref="Title"/> is what a person reads.
/// </summary>
public sealed record Error(
    string Code,
    string Title,
    ErrorKind Kind,
    string? Detail = null,
    IReadOnlyDictionary<string, string[]>? FieldErrors = null)
{
    public static Error Validation(IReadOnlyDictionary<string, string[]> fieldErrors) =>
        new("validation.failed", "One or more fields are invalid", ErrorKind.Validation, null, fieldErrors);

    public static Error NotFound(string code, string title, string? detail = null) =>
        new(code, title, ErrorKind.NotFound, detail);

    public static Error Conflict(string code, string title, string? detail = null) =>
        new(code, title, ErrorKind.Conflict, detail);

    public static Error BusinessRule(string code, string title, string? detail = null) =>
        new(code, title, ErrorKind.BusinessRule, detail);

    public static Error Forbidden(string code, string title, string? detail = null) =>
        new(code, title, ErrorKind.Forbidden, detail);
}

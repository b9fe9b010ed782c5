namespace LKvitai.Api.Auth;

public static class AuthSchemes
{
    /// <summary>Browser sessions: HttpOnly, SameSite=Strict cookie.</summary>
    public const string Cookie = "Cookie";

    /// <summary>Non-browser clients (ERP, scripts, load tests): X-Api-Key header, or Authorization: Bearer.</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>Chooses between the two by what the request carries.</summary>
    public const string CookieOrApiKey = "CookieOrApiKey";

    public const string ApiKeyHeader = "X-Api-Key";
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";
    public const string AntiforgeryRequestCookie = "XSRF-TOKEN";
    public const string SessionCookie = "lkvitai.session";

    public const string SecurityStampClaim = "lkvitai:security_stamp";
}

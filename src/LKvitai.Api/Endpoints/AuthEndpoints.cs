using System.Security.Claims;
using LKvitai.Api.Auth;
using LKvitai.Application.Identity;
using LKvitai.Application.Identity.GetCurrentUser;
using LKvitai.Application.Identity.VerifyCredentials;
using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace LKvitai.Api.Endpoints;

internal static class AuthEndpoints
{
    public sealed record LoginRequest(string Username, string Password);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Authentication");

        group.MapPost("/login", LogIn)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimiting.LoginPolicy)
            .WithName("LogIn")
            .WithSummary("Sign in with username and password; starts a cookie session and issues the XSRF-TOKEN cookie.")
            .Produces<CurrentUserDto>()
            .ProducesProblems(400, 401, 429);

        group.MapPost("/logout", (Delegate)LogOut)
            .WithName("LogOut")
            .WithSummary("End the cookie session.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblems(400, 401);

        group.MapGet("/me", Me)
            .WithName("GetCurrentUser")
            .WithSummary("The signed-in user (or API key) with roles; refreshes the XSRF-TOKEN cookie.")
            .Produces<CurrentUserDto>()
            .ProducesProblems(401);
    }

    private static async Task<IResult> LogIn(LoginRequest request, ISender sender, IAntiforgery antiforgery, HttpContext context, CancellationToken ct)
    {
        var result = await sender.Send(new VerifyCredentialsQuery(request.Username ?? string.Empty, request.Password ?? string.Empty), ct);
        if (!result.IsSuccess)
        {
            return result.ToOk(context);
        }

        var session = result.Value!;
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, session.User.Id.ToString()),
            new(ClaimTypes.Name, session.User.Username),
            new(AuthSchemes.SecurityStampClaim, session.SecurityStamp.ToString()),
        };
        claims.AddRange(session.User.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, AuthSchemes.Cookie));
        await context.SignInAsync(AuthSchemes.Cookie, principal);

        // The antiforgery token is bound to the identity, so issue it for the user just signed in.
        context.User = principal;
        IssueAntiforgeryToken(antiforgery, context);
        return Results.Ok(session.User);
    }

    private static async Task<IResult> LogOut(HttpContext context)
    {
        await context.SignOutAsync(AuthSchemes.Cookie);
        context.Response.Cookies.Delete(AuthSchemes.AntiforgeryRequestCookie);
        return Results.NoContent();
    }

    private static async Task<IResult> Me(ISender sender, IAntiforgery antiforgery, HttpContext context, CancellationToken ct)
    {
        var result = await sender.Send(new GetCurrentUserQuery(), ct);
        if (result.IsSuccess && context.User.Identity?.AuthenticationType == AuthSchemes.Cookie)
        {
            IssueAntiforgeryToken(antiforgery, context);
        }

        return result.ToOk(context);
    }

    internal static void IssueAntiforgeryToken(IAntiforgery antiforgery, HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(AuthSchemes.AntiforgeryRequestCookie, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false, // the SPA reads it and echoes it in the X-XSRF-TOKEN header
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }
}

using System.Security.Claims;
using LKvitai.Application.Common.Interfaces;

namespace LKvitai.Api.Auth;

/// <summary>The caller as authenticated by a cookie or an API key: never read from other request headers.</summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? Name => IsAuthenticated ? Principal!.Identity!.Name : null;

    public IReadOnlyList<string> Roles =>
        IsAuthenticated ? Principal!.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() : [];
}

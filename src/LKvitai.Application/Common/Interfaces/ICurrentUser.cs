namespace LKvitai.Application.Common.Interfaces;

/// <summary>The authenticated caller, as established by the API's authentication (never by request headers).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>User id, or the API key id for integration clients.</summary>
    Guid? Id { get; }

    /// <summary>Username, or "apikey:&lt;name&gt;" for integration clients; used for audit and flag rollout.</summary>
    string? Name { get; }

    IReadOnlyList<string> Roles { get; }
}

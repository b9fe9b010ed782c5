using LKvitai.Application.Identity;
using LKvitai.Application.Identity.CreateApiKey;
using LKvitai.Application.Identity.CreateUser;
using LKvitai.Application.Identity.ListApiKeys;
using LKvitai.Application.Identity.ListUsers;
using LKvitai.Application.Identity.ResetPassword;
using LKvitai.Application.Identity.RevokeApiKey;
using LKvitai.Application.Identity.UpdateUser;
using Mediator;

namespace LKvitai.Api.Endpoints;

internal static class UserEndpoints
{
    public sealed record UpdateUserRequest(Guid CommandId, string DisplayName, IReadOnlyList<string> Roles, bool IsActive);

    public sealed record ResetPasswordRequest(Guid CommandId, string NewPassword);

    public sealed record RevokeApiKeyRequest(Guid CommandId);

    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users").WithTags("Users");

        users.MapGet("/", async (ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListUsersQuery(), ct)).ToOk(context))
            .WithName("ListUsers").WithSummary("All users (administrators).")
            .Produces<IReadOnlyList<UserDto>>().ProducesProblems(401, 403);

        users.MapPost("/", async (CreateUserCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, user => Results.Created($"/api/v1/users/{user.Id}", user)))
            .WithName("CreateUser").WithSummary("Create a user with a password and roles (administrators).")
            .Produces<UserDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409);

        users.MapPut("/{id:guid}", async (Guid id, UpdateUserRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new UpdateUserCommand(request.CommandId, id, request.DisplayName, request.Roles, request.IsActive), ct)).ToOk(context))
            .WithName("UpdateUser").WithSummary("Change display name, roles or active state; ends the user's sessions when roles or activity change.")
            .Produces<UserDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        users.MapPost("/{id:guid}/password", async (Guid id, ResetPasswordRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ResetPasswordCommand(request.CommandId, id, request.NewPassword), ct)).ToHttp(context, _ => Results.NoContent()))
            .WithName("ResetPassword").WithSummary("Set a new password; ends the user's sessions.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblems(400, 401, 403, 404, 409);

        var keys = app.MapGroup("/api/v1/api-keys").WithTags("API keys");

        keys.MapGet("/", async (ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListApiKeysQuery(), ct)).ToOk(context))
            .WithName("ListApiKeys").WithSummary("All API keys, without secrets (administrators).")
            .Produces<IReadOnlyList<ApiKeyDto>>().ProducesProblems(401, 403);

        keys.MapPost("/", async (CreateApiKeyCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, created => Results.Created($"/api/v1/api-keys/{created.ApiKey.Id}", created)))
            .WithName("CreateApiKey")
            .WithSummary("Create an API key; the secret is in this response only (a repeated command id returns the key without it).")
            .Produces<CreatedApiKeyDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409);

        keys.MapPost("/{id:guid}/revoke", async (Guid id, RevokeApiKeyRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new RevokeApiKeyCommand(request.CommandId, id), ct)).ToOk(context))
            .WithName("RevokeApiKey").WithSummary("Revoke an API key (takes effect in every process within 30 s).")
            .Produces<ApiKeyDto>().ProducesProblems(400, 401, 403, 404, 409);
    }
}

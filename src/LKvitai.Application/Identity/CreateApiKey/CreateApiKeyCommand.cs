using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Identity.CreateApiKey;

public sealed record CreateApiKeyCommand(Guid CommandId, string Name, IReadOnlyList<string> Roles) : IWmsCommand<CreatedApiKeyDto>
{
    public static Access Access => Access.ForRoles(Domain.Identity.Roles.Administrator);
}

public sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Name the key after the system that will use it").MaximumLength(80);
        RuleFor(c => c.Roles).ValidRoles(allowIntegration: true);
    }
}

public sealed class CreateApiKeyCommandHandler(IWmsDbContext db, IApiKeySecrets secrets, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateApiKeyCommand, Result<CreatedApiKeyDto>>
{
    public ValueTask<Result<CreatedApiKeyDto>> Handle(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        var secret = secrets.Generate();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            Name = command.Name.Trim(),
            Prefix = secret.Prefix,
            SecretHash = secret.Hash,
            Roles = command.Roles.Distinct(StringComparer.Ordinal).ToList(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = currentUser.Name!,
        };
        db.ApiKeys.Add(key);

        return ValueTask.FromResult<Result<CreatedApiKeyDto>>(new CreatedApiKeyDto(ApiKeyDto.From(key), secret.Secret));
    }
}

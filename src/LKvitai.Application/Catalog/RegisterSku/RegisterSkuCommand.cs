using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Catalog;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Catalog.RegisterSku;

/// <summary>Adds an item (SKU) to the catalogue.</summary>
public sealed record RegisterSkuCommand(Guid CommandId, string Code, string Name, string UnitOfMeasure) : IWmsCommand<SkuDto>
{
    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Administrator);
}

public sealed class RegisterSkuCommandValidator : AbstractValidator<RegisterSkuCommand>
{
    public RegisterSkuCommandValidator()
    {
        RuleFor(c => c.Code).Must(c => SkuRules.IsValidCode(c?.Trim().ToUpperInvariant()))
            .WithMessage("Use up to 40 letters, digits, '.', '_', '/' or '-'");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Enter the item's name").MaximumLength(200);
        RuleFor(c => c.UnitOfMeasure).Must(u => u is not null && SkuRules.UnitsOfMeasure.Contains(u.Trim().ToUpperInvariant()))
            .WithMessage($"Unit of measure must be one of: {string.Join(", ", SkuRules.UnitsOfMeasure)}");
    }
}

public sealed class RegisterSkuCommandHandler(IWmsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RegisterSkuCommand, Result<SkuDto>>
{
    public async ValueTask<Result<SkuDto>> Handle(RegisterSkuCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        if (await db.Skus.AnyAsync(s => s.Code == code, cancellationToken))
        {
            return Error.Conflict("catalog.sku_code_taken", "An item with this code already exists");
        }

        var sku = new Sku
        {
            Code = code,
            Name = command.Name.Trim(),
            UnitOfMeasure = command.UnitOfMeasure.Trim().ToUpperInvariant(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = currentUser.Name!,
        };
        db.Skus.Add(sku);
        return SkuDto.From(sku);
    }
}

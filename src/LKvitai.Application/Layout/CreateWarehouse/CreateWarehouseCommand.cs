using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Layout;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Layout.CreateWarehouse;

public sealed record CreateWarehouseCommand(Guid CommandId, string Code, string Name) : IWmsCommand<WarehouseDto>
{
    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Administrator);
}

public sealed class CreateWarehouseCommandValidator : AbstractValidator<CreateWarehouseCommand>
{
    public CreateWarehouseCommandValidator()
    {
        RuleFor(c => c.Code).Must(c => c is not null && LocationRules.IsValidCode(c.Trim().ToUpperInvariant()) && c.Trim().Length <= 20)
            .WithMessage("Use up to 20 letters, digits or '-', e.g. MAIN, AUX, COLD");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Enter the warehouse's name").MaximumLength(120);
    }
}

public sealed class CreateWarehouseCommandHandler(IWmsDbContext db, TimeProvider clock)
    : ICommandHandler<CreateWarehouseCommand, Result<WarehouseDto>>
{
    public async ValueTask<Result<WarehouseDto>> Handle(CreateWarehouseCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        if (await db.Warehouses.AnyAsync(w => w.Code == code, cancellationToken))
        {
            return Error.Conflict("layout.warehouse_code_taken", "A warehouse with this code already exists");
        }

        var warehouse = new Warehouse { Code = code, Name = command.Name.Trim(), CreatedAt = clock.GetUtcNow() };
        db.Warehouses.Add(warehouse);
        return new WarehouseDto(warehouse.Code, warehouse.Name);
    }
}

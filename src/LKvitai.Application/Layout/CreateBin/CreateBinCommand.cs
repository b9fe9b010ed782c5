using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Layout;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Layout.CreateBin;

/// <summary>Adds a bin: its code, place in the aisle/rack/level structure, 3D position and size (metres), capacity.</summary>
public sealed record CreateBinCommand(
    Guid CommandId, string Warehouse, string Code, string Aisle, string Rack, int Level,
    decimal X, decimal Y, decimal Z, decimal Width, decimal Depth, decimal Height, int CapacityHandlingUnits)
    : IWmsCommand<LocationDto>
{
    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Administrator);
}

public sealed class CreateBinCommandValidator : AbstractValidator<CreateBinCommand>
{
    public CreateBinCommandValidator()
    {
        RuleFor(c => c.Warehouse).NotEmpty().WithMessage("Choose the warehouse");
        RuleFor(c => c.Code).Must(c => c is not null && LocationRules.IsValidCode(LocationRules.Normalise(c)) && !VirtualLocations.IsVirtual(LocationRules.Normalise(c)))
            .WithMessage("Use up to 40 letters, digits or '-', e.g. MAIN-A01-R02-L1 (not a virtual location's name)");
        RuleFor(c => c.Aisle).NotEmpty().WithMessage("Enter the aisle").MaximumLength(10);
        RuleFor(c => c.Rack).NotEmpty().WithMessage("Enter the rack").MaximumLength(10);
        RuleFor(c => c.Level).InclusiveBetween(0, 50).WithMessage("Level must be between 0 and 50");
        RuleFor(c => c.Width).GreaterThan(0).WithMessage("Width must be above zero");
        RuleFor(c => c.Depth).GreaterThan(0).WithMessage("Depth must be above zero");
        RuleFor(c => c.Height).GreaterThan(0).WithMessage("Height must be above zero");
        RuleFor(c => c.CapacityHandlingUnits).InclusiveBetween(1, 1000).WithMessage("Capacity must be between 1 and 1000 handling units");
    }
}

public sealed class CreateBinCommandHandler(IWmsDbContext db, TimeProvider clock) : ICommandHandler<CreateBinCommand, Result<LocationDto>>
{
    public async ValueTask<Result<LocationDto>> Handle(CreateBinCommand command, CancellationToken cancellationToken)
    {
        var warehouseCode = command.Warehouse.Trim().ToUpperInvariant();
        var warehouse = await db.Warehouses.FirstOrDefaultAsync(w => w.Code == warehouseCode, cancellationToken);
        if (warehouse is null)
        {
            return LayoutErrors.WarehouseNotFound(warehouseCode);
        }

        var code = LocationRules.Normalise(command.Code);
        if (await db.Locations.AnyAsync(l => l.Code == code, cancellationToken))
        {
            return Error.Conflict("layout.location_code_taken", "A location with this code already exists");
        }

        var space = new BinSpace(command.X, command.Y, command.Z, command.Width, command.Depth, command.Height);
        var overlapping = await db.Locations
            .Where(l => l.WarehouseId == warehouse.Id && l.RetiredAt == null
                && l.X < space.X + space.Width && space.X < l.X + l.Width
                && l.Y < space.Y + space.Depth && space.Y < l.Y + l.Depth
                && l.Z < space.Z + space.Height && space.Z < l.Z + l.Height)
            .Select(l => l.Code).FirstOrDefaultAsync(cancellationToken);
        if (overlapping is not null)
        {
            return Error.BusinessRule("layout.bins_overlap", "Bins overlap", $"The space is already taken by bin {overlapping}.");
        }

        var bin = new Location
        {
            Code = code,
            Kind = LocationKind.Bin,
            WarehouseId = warehouse.Id,
            Aisle = command.Aisle.Trim().ToUpperInvariant(),
            Rack = command.Rack.Trim().ToUpperInvariant(),
            Level = command.Level,
            X = command.X,
            Y = command.Y,
            Z = command.Z,
            Width = command.Width,
            Depth = command.Depth,
            Height = command.Height,
            CapacityHandlingUnits = command.CapacityHandlingUnits,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Locations.Add(bin);
        return LocationDto.From(bin, warehouse.Code);
    }
}

using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Layout;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Layout.GenerateLayout;

/// <summary>
/// Builds a demo warehouse: aisles × racks × levels × bins per level, each bin 1.2 × 1.0 × 1.5 m holding 2 pallets,
/// aisles 3 m apart. Codes look like MAIN-A01-R02-L1-B3.
/// </summary>
public sealed record GenerateLayoutCommand(
    Guid CommandId, string Warehouse, string Name, int Aisles, int RacksPerAisle, int Levels, int BinsPerLevel)
    : IWmsCommand<GeneratedLayoutDto>
{
    public const int MaximumBins = 20_000;

    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Administrator);
}

public sealed record GeneratedLayoutDto(string Warehouse, int BinsCreated);

public sealed class GenerateLayoutCommandValidator : AbstractValidator<GenerateLayoutCommand>
{
    public GenerateLayoutCommandValidator()
    {
        RuleFor(c => c.Warehouse).Must(c => c is not null && LocationRules.IsValidCode(c.Trim().ToUpperInvariant()) && c.Trim().Length <= 20)
            .WithMessage("Use up to 20 letters, digits or '-', e.g. MAIN");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Enter the warehouse's name").MaximumLength(120);
        RuleFor(c => c.Aisles).InclusiveBetween(1, 99).WithMessage("Between 1 and 99 aisles");
        RuleFor(c => c.RacksPerAisle).InclusiveBetween(1, 99).WithMessage("Between 1 and 99 racks per aisle");
        RuleFor(c => c.Levels).InclusiveBetween(1, 9).WithMessage("Between 1 and 9 levels");
        RuleFor(c => c.BinsPerLevel).InclusiveBetween(1, 9).WithMessage("Between 1 and 9 bins per level");
        RuleFor(c => c).Must(c => (long)c.Aisles * c.RacksPerAisle * c.Levels * c.BinsPerLevel <= GenerateLayoutCommand.MaximumBins)
            .WithName("aisles").WithMessage($"At most {GenerateLayoutCommand.MaximumBins} bins at once");
    }
}

public sealed class GenerateLayoutCommandHandler(IWmsDbContext db, TimeProvider clock)
    : ICommandHandler<GenerateLayoutCommand, Result<GeneratedLayoutDto>>
{
    private const decimal BinWidth = 1.2m, BinDepth = 1.0m, BinHeight = 1.5m, AisleSpacing = 3.0m;

    public async ValueTask<Result<GeneratedLayoutDto>> Handle(GenerateLayoutCommand command, CancellationToken cancellationToken)
    {
        var code = command.Warehouse.Trim().ToUpperInvariant();
        if (await db.Warehouses.AnyAsync(w => w.Code == code, cancellationToken))
        {
            return Error.Conflict("layout.warehouse_code_taken", "A warehouse with this code already exists",
                "Generate into a new warehouse code.");
        }

        var now = clock.GetUtcNow();
        var warehouse = new Warehouse { Code = code, Name = command.Name.Trim(), CreatedAt = now };
        db.Warehouses.Add(warehouse);
        var bins = 0;
        for (var aisle = 1; aisle <= command.Aisles; aisle++)
        {
            for (var rack = 1; rack <= command.RacksPerAisle; rack++)
            {
                for (var level = 1; level <= command.Levels; level++)
                {
                    for (var bin = 1; bin <= command.BinsPerLevel; bin++)
                    {
                        db.Locations.Add(new Location
                        {
                            Code = $"{code}-A{aisle:00}-R{rack:00}-L{level}-B{bin}",
                            Kind = LocationKind.Bin,
                            Warehouse = warehouse,
                            Aisle = $"A{aisle:00}",
                            Rack = $"R{rack:00}",
                            Level = level,
                            X = ((rack - 1) * command.BinsPerLevel + (bin - 1)) * BinWidth,
                            Y = (aisle - 1) * AisleSpacing,
                            Z = (level - 1) * BinHeight,
                            Width = BinWidth,
                            Depth = BinDepth,
                            Height = BinHeight,
                            CapacityHandlingUnits = 2,
                            CreatedAt = now,
                        });
                        bins++;
                    }
                }
            }
        }

        return new GeneratedLayoutDto(code, bins);
    }
}

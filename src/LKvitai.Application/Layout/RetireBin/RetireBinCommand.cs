using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Layout;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Layout.RetireBin;

/// <summary>
/// Deletes a bin from the layout. It is kept as retired (the ledger's history refers to it) and cannot receive stock.
/// A bin holding stock cannot be deleted.
/// </summary>
public sealed record RetireBinCommand(Guid CommandId, string Code) : IWmsCommand<LocationDto>
{
    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Administrator);
}

public sealed class RetireBinCommandHandler(IWmsDbContext db, TimeProvider clock) : ICommandHandler<RetireBinCommand, Result<LocationDto>>
{
    public async ValueTask<Result<LocationDto>> Handle(RetireBinCommand command, CancellationToken cancellationToken)
    {
        var code = LocationRules.Normalise(command.Code);
        var bin = await db.Locations.FirstOrDefaultAsync(l => l.Code == code && l.Kind == LocationKind.Bin, cancellationToken);
        if (bin is null)
        {
            return LayoutErrors.LocationNotFound(code);
        }

        // A receipt committing between this check and the retirement could still land; the ledger refuses retired bins
        // from the next command on.
        if (await db.StockBalances.AnyAsync(b => b.LocationId == bin.Id && b.Quantity > 0, cancellationToken))
        {
            return Error.BusinessRule("layout.bin_occupied", "Cannot delete occupied bin", $"Bin {code} still holds stock; move it out first.");
        }

        bin.RetiredAt ??= clock.GetUtcNow();
        var warehouse = await db.Warehouses.Where(w => w.Id == bin.WarehouseId).Select(w => w.Code).FirstOrDefaultAsync(cancellationToken);
        return LocationDto.From(bin, warehouse);
    }
}

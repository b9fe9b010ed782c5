using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Printing.ListPrinters;

public sealed record ListPrintersQuery : IWmsQuery<IReadOnlyList<PrinterDto>>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class ListPrintersQueryHandler(IWmsDbContext db) : IQueryHandler<ListPrintersQuery, Result<IReadOnlyList<PrinterDto>>>
{
    public async ValueTask<Result<IReadOnlyList<PrinterDto>>> Handle(ListPrintersQuery query, CancellationToken cancellationToken)
    {
        var printers = await db.Printers.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return printers.Select(PrinterDto.From).ToList();
    }
}

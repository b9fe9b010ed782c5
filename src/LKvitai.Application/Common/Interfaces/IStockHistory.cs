using LKvitai.Application.Ledger;
using LKvitai.Application.Common.Models;

namespace LKvitai.Application.Common.Interfaces;

/// <summary>Balances as they were at a past instant: the latest snapshot before it plus the movements after that.</summary>
public interface IStockHistory
{
    Task<PagedList<BalanceDto>> BalancesAsOfAsync(
        DateTimeOffset asOf, string? location, string? sku, bool includeVirtual, int page, int pageSize, CancellationToken cancellationToken);
}

using LKvitai.Application.Common.Models;
using LKvitai.Application.Common.Interfaces;

namespace LKvitai.Application.Ledger;

public sealed record MovementBatchDto(IReadOnlyList<MovementDto> Movements);

public sealed record BalanceDto(string Location, string Sku, decimal Quantity, bool Physical, DateTimeOffset UpdatedAt);

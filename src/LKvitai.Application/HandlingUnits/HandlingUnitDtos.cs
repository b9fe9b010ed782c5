using System.Text.Json;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Models;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;

namespace LKvitai.Application.HandlingUnits;

public sealed record HandlingUnitLineDto(string Sku, decimal Quantity);

/// <summary>A handling unit: its LPN (the SSCC), type, status, bin, lines and expiry date (the earliest of its lots, if any).</summary>
public sealed record HandlingUnitDto(
    Guid Id, string Lpn, string Type, string Status, string Location, IReadOnlyList<HandlingUnitLineDto> Lines,
    DateTimeOffset? CreatedAt = null, DateTimeOffset? UpdatedAt = null, DateOnly? ExpiresOn = null)
{
    public static HandlingUnitDto From(HandlingUnit unit) => new(
        unit.Id, unit.Sscc, unit.Type.ToString().ToUpperInvariant(), unit.Status.ToString().ToUpperInvariant(), unit.Location,
        unit.Lines.Where(l => l.Quantity != 0).Select(l => new HandlingUnitLineDto(l.Sku, l.Quantity)).ToList(), ExpiresOn: unit.ExpiresOn);
}

/// <summary>The handling units an operation changed (their state after it) and the movements it appended.</summary>
public sealed record HandlingUnitOperationDto(IReadOnlyList<HandlingUnitDto> Units, IReadOnlyList<MovementDto> Movements)
{
    public static HandlingUnitOperationDto From(HandlingUnitOutcome outcome, Guid commandId, string @operator) => new(
        outcome.Units.Select(HandlingUnitDto.From).ToList(),
        outcome.Movements.Select(m => MovementDto.From(m, commandId, @operator)).ToList());
}

public sealed record HandlingUnitEventDto(long Sequence, string Event, string Status, string Location, string Operator, DateTimeOffset OccurredAt, JsonElement? Details);

public sealed record HandlingUnitHistoryDto(HandlingUnitDto Unit, IReadOnlyList<HandlingUnitEventDto> Events, IReadOnlyList<MovementDto> Movements);

/// <summary>Reads handling units: header from the units' state, lines from the contents projection.</summary>
public interface IHandlingUnitReader
{
    Task<HandlingUnitDto?> FindAsync(string lpn, CancellationToken cancellationToken);

    Task<PagedList<HandlingUnitDto>> ListAsync(string? location, string? sku, string? status, int page, int pageSize, CancellationToken cancellationToken);

    Task<HandlingUnitHistoryDto?> HistoryAsync(string lpn, CancellationToken cancellationToken);
}

/// <summary>The steps every handling-unit command shares: find the units by LPN, run the plan through the ledger, answer.</summary>
public sealed class HandlingUnitOperations(IHandlingUnitLedger ledger, IHandlingUnitReader reader, ICurrentUser currentUser, ICorrelationContext correlation)
{
    public async Task<Result<Guid[]>> FindAsync(IEnumerable<string> lpns, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        foreach (var lpn in lpns)
        {
            var unit = await reader.FindAsync(Sscc.AsLpn(lpn), cancellationToken);
            if (unit is null)
            {
                return HandlingUnitErrors.NotFound(lpn);
            }

            ids.Add(unit.Id);
        }

        return ids.ToArray();
    }

    public async Task<Result<HandlingUnitOperationDto>> RunOnUnitsAsync(
        Guid commandId, IReadOnlyList<Guid> units, Func<IReadOnlyDictionary<Guid, HandlingUnit>, Result<HandlingUnitPlan>> plan,
        CancellationToken cancellationToken)
    {
        var request = new HandlingUnitRequest(commandId, currentUser.Name!, correlation.CorrelationId, units);
        HandlingUnitOperationDto ToDto(HandlingUnitOutcome outcome) => HandlingUnitOperationDto.From(outcome, commandId, request.Operator);
        var result = await ledger.ExecuteAsync(request, plan, ToDto, cancellationToken);
        return result.IsSuccess ? ToDto(result.Value!) : result.Error;
    }

    /// <summary>Runs an operation on units found by LPN; a unit gone meanwhile is "not found".</summary>
    public async Task<Result<HandlingUnitOperationDto>> RunAsync(
        Guid commandId, IReadOnlyList<string> lpns, Func<HandlingUnit[], Result<HandlingUnitPlan>> plan, CancellationToken cancellationToken)
    {
        var found = await FindAsync(lpns, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var ids = found.Value!;
        return await RunOnUnitsAsync(commandId, ids, units =>
        {
            var missing = ids.Select((id, i) => (id, i)).FirstOrDefault(x => !units.ContainsKey(x.id));
            return missing != default ? HandlingUnitErrors.NotFound(lpns[missing.i]) : plan(ids.Select(id => units[id]).ToArray());
        }, cancellationToken);
    }
}

internal static class HandlingUnitAccess
{
    public static readonly Domain.Identity.Access Operators = Domain.Identity.Access.ForRoles(
        Domain.Identity.Roles.Operator, Domain.Identity.Roles.Manager, Domain.Identity.Roles.Administrator, Domain.Identity.Roles.Integration);
}

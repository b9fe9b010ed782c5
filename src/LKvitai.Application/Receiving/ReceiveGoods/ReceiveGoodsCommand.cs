using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Application.Common.Sagas;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Layout;
using LKvitai.Domain.Ledger;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Receiving.ReceiveGoods;

/// <summary>
/// Receive goods into a new handling unit in a bin: the receipt saga creates the unit, books the lines from SUPPLIER
/// through the ledger, seals it and queues its label. The command id is the receipt's id: sending it again resumes or
/// answers the same receipt.
/// </summary>
public sealed record ReceiveGoodsCommand(
    Guid CommandId, string Location, IReadOnlyList<ReceiptLine> Lines, string? Type, string? Supplier, string? DeliveryReference, string? Printer)
    : IWmsCommand<ReceiptDto>, ICommitsItself
{
    public static Access Access => Access.ForRoles(Roles.Operator, Roles.Manager, Roles.Administrator, Roles.Integration);
}

public sealed class ReceiveGoodsCommandValidator : AbstractValidator<ReceiveGoodsCommand>
{
    public ReceiveGoodsCommandValidator()
    {
        RuleFor(c => c.Location).NotEmpty().WithMessage("Scan the bin the goods go to").MaximumLength(40);
        RuleFor(c => c.Lines).NotEmpty().WithMessage("Add at least one item").Must(l => l is null || l.Count <= 200).WithMessage("At most 200 lines");
        RuleForEach(c => c.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).NotEmpty().WithMessage("Scan or enter the item").MaximumLength(40);
            line.RuleFor(l => l.Quantity).Must(LedgerRules.IsValidQuantity)
                .WithMessage($"Quantity must be above zero, with at most {LedgerRules.QuantityScale} decimals");
        });
        RuleFor(c => c.Type).Must(t => t is null || HandlingUnitTypes.IsValid(t)).WithMessage($"Type must be one of: {HandlingUnitTypes.Names}");
        RuleFor(c => c.Supplier).MaximumLength(120);
        RuleFor(c => c.DeliveryReference).MaximumLength(60);
        RuleFor(c => c.Printer).MaximumLength(80);
    }
}

public sealed class ReceiveGoodsCommandHandler(
    IWmsDbContext db, ISagaStore sagas, ReceiptSaga saga, ISsccIssuer sscc, IDeliveryStore deliveries, DeliveryDifferences differences,
    ICurrentUser currentUser, ICorrelationContext correlation)
    : ICommandHandler<ReceiveGoodsCommand, Result<ReceiptDto>>
{
    public async ValueTask<Result<ReceiptDto>> Handle(ReceiveGoodsCommand command, CancellationToken cancellationToken)
    {
        var state = await sagas.GetAsync(command.CommandId, cancellationToken);
        if (state is null)
        {
            var location = command.Location.Trim().ToUpperInvariant();
            var lines = command.Lines.Select(l => new ReceiptLine(l.Sku.Trim().ToUpperInvariant(), l.Quantity, l.ExpiresOn)).ToList();
            if (!await db.Locations.AnyAsync(l => l.Code == location && l.Kind == LocationKind.Bin && l.RetiredAt == null, cancellationToken))
            {
                return LedgerErrors.LocationNotFound(location);
            }

            var skus = lines.Select(l => l.Sku).Distinct().ToList();
            var known = await db.Skus.AsNoTracking().Where(s => skus.Contains(s.Code)).Select(s => s.Code).ToListAsync(cancellationToken);
            if (skus.FirstOrDefault(s => !known.Contains(s)) is { } unknown)
            {
                return LedgerErrors.SkuNotFound(unknown);
            }

            var reference = string.IsNullOrWhiteSpace(command.DeliveryReference) ? null : command.DeliveryReference.Trim().ToUpperInvariant();
            var delivery = reference is null ? null : await deliveries.GetAsync(reference, cancellationToken);
            if (reference is not null && delivery is null)
            {
                return ReceivingErrors.DeliveryNotFound(reference);
            }

            var data = new ReceiptData(
                location, (command.Type ?? "PALLET").ToUpperInvariant(), lines, command.Supplier?.Trim() ?? delivery?.Supplier, reference,
                string.IsNullOrWhiteSpace(command.Printer) ? null : command.Printer.Trim(), currentUser.Name!, correlation.CorrelationId,
                SagaRunner.StepId(command.CommandId, "handling-unit"), await sscc.NextAsync(cancellationToken),
                SagaRunner.StepId(command.CommandId, "label"));
            await sagas.StartAsync(command.CommandId, ReceiptSaga.Type, data, currentUser.Name!, cancellationToken);
        }

        state = await saga.RunAsync(command.CommandId, reverse: false, cancellationToken);
        if (state.Status is SagaStatuses.Compensated or SagaStatuses.Failed)
        {
            return new Error(state.ErrorCode ?? "receipt.failed", state.ErrorDetail ?? "Receipt failed", ErrorKind.BusinessRule,
                $"Receipt {state.Id} was {state.Status}: nothing of it remains in stock.");
        }

        var receipt = ReceiptDto.From(state);
        var (_, found, _) = await differences.ForAsync(receipt.DeliveryReference, cancellationToken);
        return receipt with { Differences = found };
    }
}

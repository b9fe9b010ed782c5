using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Ledger;
using Mediator;

namespace LKvitai.Application.Receiving.AnnounceDelivery;

/// <summary>The ERP or a manager announces a delivery: supplier and expected lines; receipts that name it report differences.</summary>
public sealed record AnnounceDeliveryCommand(Guid CommandId, string Reference, string Supplier, IReadOnlyList<ReceiptLine> ExpectedLines)
    : IWmsCommand<AnnouncedDeliveryDto>
{
    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Administrator, Roles.Integration);
}

public sealed class AnnounceDeliveryCommandValidator : AbstractValidator<AnnounceDeliveryCommand>
{
    public AnnounceDeliveryCommandValidator()
    {
        RuleFor(c => c.Reference).NotEmpty().WithMessage("Enter the delivery reference").MaximumLength(60);
        RuleFor(c => c.Supplier).NotEmpty().WithMessage("Enter the supplier").MaximumLength(120);
        RuleFor(c => c.ExpectedLines).NotEmpty().WithMessage("Add at least one expected line");
        RuleForEach(c => c.ExpectedLines).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).NotEmpty().MaximumLength(40);
            line.RuleFor(l => l.Quantity).Must(LedgerRules.IsValidQuantity).WithMessage("Quantity must be above zero");
        });
    }
}

public sealed class AnnounceDeliveryCommandHandler(IDeliveryStore deliveries, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AnnounceDeliveryCommand, Result<AnnouncedDeliveryDto>>
{
    public async ValueTask<Result<AnnouncedDeliveryDto>> Handle(AnnounceDeliveryCommand command, CancellationToken cancellationToken)
    {
        var delivery = new AnnouncedDelivery(
            command.Reference.Trim().ToUpperInvariant(), command.Supplier.Trim(),
            command.ExpectedLines.Select(l => new ReceiptLine(l.Sku.Trim().ToUpperInvariant(), l.Quantity)).ToList(), currentUser.Name!, clock.GetUtcNow());
        if (!await deliveries.AddAsync(delivery, cancellationToken))
        {
            return Error.Conflict("receipt.delivery_exists", "Delivery already announced", $"Delivery '{delivery.Reference}' exists.");
        }

        return new AnnouncedDeliveryDto(delivery.Reference, delivery.Supplier, delivery.ExpectedLines,
            delivery.ExpectedLines.Select(l => new ReceiptDifferenceDto(l.Sku, l.Quantity, 0, -l.Quantity)).ToList(), [], delivery.CreatedBy, delivery.CreatedAt);
    }
}

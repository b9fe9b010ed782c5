using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Reservations;
using Mediator;

namespace LKvitai.Application.Reservations.CreateReservation;

/// <summary>Reserve stock for a purpose (a production or sales order) with a priority; allocation runs at once.</summary>
public sealed record CreateReservationCommand(Guid CommandId, string Purpose, string? Reference, int Priority, IReadOnlyList<ReservationLine> Lines)
    : IWmsCommand<ReservationDto>, IFeatureGated, ICommitsItself
{
    public static Access Access => ReservationCommands.Planners;

    public static string FeatureFlag => ReservationCommands.Flag;
}

public sealed class CreateReservationCommandValidator : AbstractValidator<CreateReservationCommand>
{
    public CreateReservationCommandValidator()
    {
        RuleFor(c => c.Purpose).NotEmpty().WithMessage("Say what the stock is for (e.g. SALES_ORDER, PRODUCTION_ORDER)").MaximumLength(40);
        RuleFor(c => c.Reference).MaximumLength(80);
        RuleFor(c => c.Priority).InclusiveBetween(1, 10).WithMessage("Priority is 1 (lowest) to 10 (highest)");
        RuleFor(c => c.Lines).NotEmpty().WithMessage("Add at least one line");
        RuleForEach(c => c.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).NotEmpty().WithMessage("Enter the item").MaximumLength(40);
            line.RuleFor(l => l.Quantity).Must(Domain.Ledger.LedgerRules.IsValidQuantity).WithMessage("Quantity must be above zero");
        });
    }
}

public sealed class CreateReservationCommandHandler(IReservationStore store, ReservationCommands commands, IReservationMetrics metrics, ICurrentUser currentUser)
    : ICommandHandler<CreateReservationCommand, Result<ReservationDto>>
{
    public async ValueTask<Result<ReservationDto>> Handle(CreateReservationCommand command, CancellationToken cancellationToken)
    {
        // The command id is the reservation's id: a retry after a crash finds the stream and carries on.
        var id = command.CommandId;
        if (await store.LoadAsync(id, cancellationToken) is null)
        {
            var lines = command.Lines.Select(l => new ReservationLine(l.Sku.Trim().ToUpperInvariant(), l.Quantity)).ToList();
            var created = Reservation.Create(id, command.Purpose.Trim().ToUpperInvariant(), command.Reference?.Trim(), command.Priority, lines);
            if (!created.IsSuccess)
            {
                return created.Error;
            }

            if (await store.AppendAsync(new ReservationChange(created.Value.Reservation, created.Value.Event, null, currentUser.Name!, Created: true), cancellationToken))
            {
                metrics.Created();
            }
        }

        var allocated = await commands.ChangeAsync(id, async reservation => reservation.Status == ReservationStatus.Pending
                ? await commands.AllocationAsync(reservation, currentUser.Name!, cancellationToken)
                : ReservationErrors.Transition(reservation.Status, ReservationStatus.Allocated),
            async change => await store.AppendAsync(change, cancellationToken), cancellationToken);

        // A repeat of a create whose allocation already ran (or moved on) answers with the reservation as it is.
        if (!allocated.IsSuccess && allocated.Error.Code != "reservation.invalid_transition")
        {
            return allocated.Error;
        }

        return await commands.ThenBumpAsync((await store.GetAsync(id, cancellationToken))!, currentUser.Name!, cancellationToken);
    }
}

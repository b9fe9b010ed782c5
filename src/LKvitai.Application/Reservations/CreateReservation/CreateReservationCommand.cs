using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Application.Common.Sagas;
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

public sealed class CreateReservationCommandHandler(
    IReservationStore store, ISagaStore sagas, AllocationSaga saga, ReservationCommands commands, IReservationMetrics metrics, ICurrentUser currentUser)
    : ICommandHandler<CreateReservationCommand, Result<ReservationDto>>
{
    public async ValueTask<Result<ReservationDto>> Handle(CreateReservationCommand command, CancellationToken cancellationToken)
    {
        // The command id is the reservation's id and its allocation saga's: a retry after a crash finds both and carries on.
        var id = command.CommandId;
        if (await sagas.GetAsync(id, cancellationToken) is null)
        {
            var reservation = await store.LoadAsync(id, cancellationToken);
            if (reservation is null)
            {
                var lines = command.Lines.Select(l => new ReservationLine(l.Sku.Trim().ToUpperInvariant(), l.Quantity)).ToList();
                var created = Reservation.Create(id, command.Purpose.Trim().ToUpperInvariant(), command.Reference?.Trim(), command.Priority, lines);
                if (!created.IsSuccess)
                {
                    return created.Error;
                }

                reservation = created.Value.Reservation;
                if (await store.AppendAsync(new ReservationChange(reservation, created.Value.Event, null, currentUser.Name!, Created: true), cancellationToken))
                {
                    metrics.Created();
                }
            }

            await sagas.StartAsync(id, AllocationSaga.Type, new AllocationData(id, reservation.Version, currentUser.Name!), currentUser.Name!, cancellationToken);
        }

        return await commands.AllocateAsync(saga, id, id, cancellationToken);
    }
}

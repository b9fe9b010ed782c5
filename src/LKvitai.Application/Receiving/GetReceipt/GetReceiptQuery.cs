using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Receiving.GetReceipt;

public sealed record GetReceiptQuery(Guid Id) : IWmsQuery<ReceiptDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class GetReceiptQueryHandler(ISagaStore sagas, DeliveryDifferences differences) : IQueryHandler<GetReceiptQuery, Result<ReceiptDto>>
{
    public async ValueTask<Result<ReceiptDto>> Handle(GetReceiptQuery query, CancellationToken cancellationToken)
    {
        if (await sagas.GetAsync(query.Id, cancellationToken) is not { Type: ReceiptSaga.Type } state)
        {
            return ReceivingErrors.NotFound(query.Id);
        }

        var receipt = ReceiptDto.From(state);
        return receipt with { Differences = (await differences.ForAsync(receipt.DeliveryReference, cancellationToken)).Differences };
    }
}

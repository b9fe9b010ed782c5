using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Receiving.GetDelivery;

/// <summary>An announced delivery with its receipts and what differs between announced and received.</summary>
public sealed record GetDeliveryQuery(string Reference) : IWmsQuery<AnnouncedDeliveryDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class GetDeliveryQueryHandler(DeliveryDifferences differences) : IQueryHandler<GetDeliveryQuery, Result<AnnouncedDeliveryDto>>
{
    public async ValueTask<Result<AnnouncedDeliveryDto>> Handle(GetDeliveryQuery query, CancellationToken cancellationToken)
    {
        var reference = query.Reference.Trim().ToUpperInvariant();
        var (delivery, found, receipts) = await differences.ForAsync(reference, cancellationToken);
        return delivery is null
            ? Error.NotFound("receipt.delivery_not_found", "Delivery not found", $"No delivery '{reference}' was announced.")
            : new AnnouncedDeliveryDto(delivery.Reference, delivery.Supplier, delivery.ExpectedLines, found, receipts, delivery.CreatedBy, delivery.CreatedAt);
    }
}

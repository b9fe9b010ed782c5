using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.HandlingUnits.GetHandlingUnitLabel;

/// <summary>A sealed unit's label: its content (for the SPA's preview) and the ZPL the printer gets.</summary>
public sealed record GetHandlingUnitLabelQuery(string Lpn) : IWmsQuery<HandlingUnitLabelDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed record HandlingUnitLabelDto(string Lpn, HandlingUnitLabel Label, string Zpl);

public sealed class GetHandlingUnitLabelQueryHandler(HandlingUnitLabels labels, ILabelRenderer renderer)
    : IQueryHandler<GetHandlingUnitLabelQuery, Result<HandlingUnitLabelDto>>
{
    public async ValueTask<Result<HandlingUnitLabelDto>> Handle(GetHandlingUnitLabelQuery query, CancellationToken cancellationToken)
    {
        var label = await labels.ForAsync(query.Lpn, cancellationToken);
        return label.IsSuccess ? new HandlingUnitLabelDto(label.Value!.Sscc, label.Value, renderer.Render(label.Value)) : label.Error;
    }
}

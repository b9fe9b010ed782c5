using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Receiving.ListReceiptAlerts;

/// <summary>
/// Orphan alerts: receipts stuck for more than 5 minutes or failed, whose goods may sit in a handling unit that was never
/// sealed and labelled (or was never reversed). A manager resumes or reverses each one.
/// </summary>
public sealed record ListReceiptAlertsQuery : IWmsQuery<IReadOnlyList<ReceiptDto>>
{
    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Administrator);
}

public sealed class ListReceiptAlertsQueryHandler(ISagaStore sagas, Microsoft.Extensions.Options.IOptions<Common.Sagas.SagaOptions> options)
    : IQueryHandler<ListReceiptAlertsQuery, Result<IReadOnlyList<ReceiptDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ReceiptDto>>> Handle(ListReceiptAlertsQuery query, CancellationToken cancellationToken) =>
        (await sagas.AlertsAsync(ReceiptSaga.Type, TimeSpan.FromSeconds(options.Value.StuckAfterSeconds), cancellationToken)).Select(s => ReceiptDto.From(s)).ToList();
}

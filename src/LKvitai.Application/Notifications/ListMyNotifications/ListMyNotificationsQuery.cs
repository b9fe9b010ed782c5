using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Notifications.ListMyNotifications;

/// <summary>The signed-in user's notifications, newest first, and how many are unread.</summary>
public sealed record ListMyNotificationsQuery(bool UnreadOnly = false, int Count = 50) : IWmsQuery<NotificationListDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class ListMyNotificationsQueryValidator : AbstractValidator<ListMyNotificationsQuery>
{
    public ListMyNotificationsQueryValidator() =>
        RuleFor(q => q.Count).InclusiveBetween(1, 500).WithMessage("Count must be between 1 and 500");
}

public sealed class ListMyNotificationsQueryHandler(IWmsDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListMyNotificationsQuery, Result<NotificationListDto>>
{
    public async ValueTask<Result<NotificationListDto>> Handle(ListMyNotificationsQuery query, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.Recipient == currentUser.Name);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var items = await (query.UnreadOnly ? mine.Where(n => n.ReadAt == null) : mine)
            .OrderByDescending(n => n.Id).Take(query.Count).ToListAsync(cancellationToken);
        return new NotificationListDto(items.Select(n => n.ToDto()).ToList(), unread);
    }
}

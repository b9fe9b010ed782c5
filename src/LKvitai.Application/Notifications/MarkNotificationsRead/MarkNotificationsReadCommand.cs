using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Notifications.MarkNotificationsRead;

/// <summary>Marks the signed-in user's notifications read: the ones listed, or all of them when none is listed. Answers how many changed.</summary>
public sealed record MarkNotificationsReadCommand(Guid CommandId, IReadOnlyList<long>? Ids) : IWmsCommand<int>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class MarkNotificationsReadCommandValidator : AbstractValidator<MarkNotificationsReadCommand>
{
    public MarkNotificationsReadCommandValidator() =>
        RuleFor(c => c.Ids).Must(ids => ids is null || ids.Count <= 500).WithMessage("At most 500 notifications at a time");
}

public sealed class MarkNotificationsReadCommandHandler(IWmsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<MarkNotificationsReadCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(MarkNotificationsReadCommand command, CancellationToken cancellationToken)
    {
        // Someone else's ids are simply not found among the user's own: nothing of theirs is touched.
        var unread = db.Notifications.Where(n => n.Recipient == currentUser.Name && n.ReadAt == null);
        if (command.Ids is { Count: > 0 } ids)
        {
            unread = unread.Where(n => ids.Contains(n.Id));
        }

        var now = clock.GetUtcNow();
        var changed = await unread.ToListAsync(cancellationToken);
        foreach (var notification in changed)
        {
            notification.ReadAt = now;
        }

        return changed.Count;
    }
}

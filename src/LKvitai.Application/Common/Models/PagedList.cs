namespace LKvitai.Application.Common.Models;

/// <summary>One page of a longer list, with the total count for paging controls.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

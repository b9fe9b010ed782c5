using LKvitai.Application.Common.Interfaces;

namespace LKvitai.Api.Observability;

internal sealed class CorrelationContext(IHttpContextAccessor accessor) : ICorrelationContext
{
    public string? CorrelationId => accessor.HttpContext?.Items[Observability.CorrelationId.Header] as string;
}

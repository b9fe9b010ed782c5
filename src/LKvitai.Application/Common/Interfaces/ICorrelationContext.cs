namespace LKvitai.Application.Common.Interfaces;

/// <summary>The correlation id of the request being handled, recorded with what it changes.</summary>
public interface ICorrelationContext
{
    string? CorrelationId { get; }
}

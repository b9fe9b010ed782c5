namespace LKvitai.Application.Common.Interfaces;

public interface ICommandMetrics
{
    /// <summary>Outcome: "success", "replay", an error code, or "exception".</summary>
    void Observe(string messageType, string outcome, TimeSpan elapsed);
}

using System.Diagnostics;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Common;
using Mediator;
using Microsoft.Extensions.Logging;

namespace LKvitai.Application.Common.Behaviours;

/// <summary>First in the pipeline: times every message and logs its outcome (never its payload).</summary>
public sealed partial class LoggingAndMetricsBehaviour<TMessage, TResponse>(
    ILogger<LoggingAndMetricsBehaviour<TMessage, TResponse>> logger,
    ICommandMetrics metrics) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IResult<TResponse>
{
    private static readonly string MessageType = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var outcome = response.IsSuccess ? (response.IsReplay ? "replay" : "success") : response.Error!.Code;
            metrics.Observe(MessageType, outcome, elapsed);
            if (response.IsSuccess)
            {
                LogHandled(logger, MessageType, outcome, elapsed.TotalMilliseconds);
            }
            else
            {
                LogRefused(logger, MessageType, outcome, elapsed.TotalMilliseconds);
            }

            return response;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            metrics.Observe(MessageType, "exception", elapsed);
            LogFailed(logger, exception, MessageType, elapsed.TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageType} handled: {Outcome} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string messageType, string outcome, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{MessageType} refused: {Outcome} in {ElapsedMs:0.0} ms")]
    private static partial void LogRefused(ILogger logger, string messageType, string outcome, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "{MessageType} failed after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, Exception exception, string messageType, double elapsedMs);
}

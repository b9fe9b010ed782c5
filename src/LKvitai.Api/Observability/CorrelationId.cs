using System.Diagnostics;
using Serilog.Context;

namespace LKvitai.Api.Observability;

/// <summary>
/// Every request has a correlation id: the caller's X-Correlation-Id when it is sane, else a new one. It is echoed in
/// the response and attached to every log line with the trace id.
/// </summary>
internal static class CorrelationId
{
    public const string Header = "X-Correlation-Id";

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var incoming = context.Request.Headers[Header].ToString();
            var correlationId = incoming.Length is > 0 and <= 64 && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
                ? incoming
                : Guid.NewGuid().ToString("N");
            context.Items[Header] = correlationId;
            context.Response.Headers[Header] = correlationId;
            Activity.Current?.SetTag("correlation_id", correlationId);
            using (LogContext.PushProperty("CorrelationId", correlationId))
            using (LogContext.PushProperty("TraceId", Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier))
            {
                await next(context);
            }
        });
}

namespace LKvitai.Api.Problems;

/// <summary>
/// Refuses a declared oversized body before reading it (413 problem). Kestrel enforces the same limit on bodies sent
/// without a length; this answers early and the same way behind any server or proxy.
/// </summary>
internal static class RequestBodyLimit
{
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > maxBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                var problem = ProblemResults.ToProblemDetails(ProblemResults.ErrorForStatus(StatusCodes.Status413PayloadTooLarge), context);
                problem.Detail = $"Send at most {maxBytes / 1024} KiB in one request.";
                await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
                return;
            }

            await next(context);
        });
}
